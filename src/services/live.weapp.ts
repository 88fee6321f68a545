/**
 * WeChat: the live state is one cloud database document (`live/now`, written
 * only by the cloud function's desk action, readable by all), watched with
 * `watch()`; the watch closes when the app is hidden and reopens when it is
 * shown. Where watch is missing or fails, the cloud function is polled
 * (`liveNow`) instead, and it is the probe after a silence.
 */
import Taro from '@tarojs/taro'
import { createLiveConnection, type LiveConnection, type LiveListener, type LiveTransport, type LiveTransportHandlers } from '../live/live-connection'
import { HEARTBEAT_MS, LIVE_DOCUMENT, NO_READING, type LiveState } from '../live/types'
import { asLiveState } from '../live/wire'

const POLL_EVERY_MS = HEARTBEAT_MS

async function callLiveNow(): Promise<LiveState> {
  const result = await Taro.cloud.callFunction({ name: 'feedback', data: { action: 'liveNow' } })
  const answer = result.result as { status?: number; body?: unknown } | undefined
  const state = answer?.status === 200 ? asLiveState(answer.body) : null
  if (!state) throw new Error('live: liveNow did not answer a state')
  return state
}

interface Watcher {
  close(): void
}

function openWatch(handlers: LiveTransportHandlers, onFailure: () => void): Watcher | null {
  try {
    const document = Taro.cloud.database().collection(LIVE_DOCUMENT.collection).doc(LIVE_DOCUMENT.id) as unknown as {
      watch?: (options: { onChange(snapshot: { docs?: unknown[] }): void; onError(error: unknown): void }) => Watcher
    }
    if (typeof document.watch !== 'function') return null
    let fresh = true
    return document.watch({
      onChange(snapshot) {
        // No document yet: no reading was ever set.
        const state = snapshot.docs && snapshot.docs.length > 0 ? asLiveState(snapshot.docs[0]) : NO_READING
        if (state) handlers.state(state, fresh)
        else handlers.alive()
        fresh = false
      },
      onError: onFailure,
    })
  } catch {
    return null
  }
}

const transport: LiveTransport = {
  open(handlers) {
    let closed = false
    let watcher: Watcher | null = null
    let pollTimer: ReturnType<typeof setTimeout> | null = null
    let fresh = true

    const poll = () => {
      pollTimer = null
      callLiveNow().then(
        (state) => {
          if (closed) return
          handlers.state(state, fresh)
          fresh = false
          pollTimer = setTimeout(poll, POLL_EVERY_MS)
        },
        () => {
          if (!closed) handlers.lost()
        },
      )
    }
    const fallBackToPolling = () => {
      if (closed) return
      try {
        watcher?.close()
      } catch {
        // already closed by the SDK
      }
      watcher = null
      if (pollTimer === null) poll()
    }

    watcher = openWatch(handlers, fallBackToPolling)
    if (!watcher) fallBackToPolling()
    return () => {
      closed = true
      if (pollTimer !== null) clearTimeout(pollTimer)
      try {
        watcher?.close()
      } catch {
        // already closed by the SDK
      }
    }
  },
  probe: callLiveNow,
}

let connection: LiveConnection | null = null

function liveConnection(): LiveConnection {
  if (connection) return connection
  const made = createLiveConnection(transport)
  connection = made
  try {
    Taro.onAppHide(() => made.pause())
    Taro.onAppShow(() => made.resume())
    Taro.onNetworkStatusChange((status) => (status.isConnected ? made.resume() : made.pause()))
  } catch {
    // a runtime without these (a test harness): the watch simply stays open
  }
  return made
}

export function watchLive(listener: LiveListener): () => void {
  return liveConnection().subscribe(listener)
}
