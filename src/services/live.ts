/**
 * H5: the live state from the local server. An EventSource on /api/live
 * (the app reconnects with its own backoff, resuming after the last seq seen
 * with ?lastEventId=) and GET /api/live/now as the probe. Offline means no
 * banner. The WeChat build replaces this file with live.weapp.ts.
 */
import { createLiveConnection, type LiveConnection, type LiveListener, type LiveTransport } from '../live/live-connection'
import { asLiveState } from '../live/wire'

const STREAM_URL = '/api/live'
const NOW_URL = '/api/live/now'

const transport: LiveTransport = {
  open(handlers, afterSeq) {
    if (typeof EventSource === 'undefined') {
      const timer = setTimeout(() => handlers.lost(), 0)
      return () => clearTimeout(timer)
    }
    const source = new EventSource(afterSeq === null ? STREAM_URL : `${STREAM_URL}?lastEventId=${afterSeq}`)
    let fresh = true
    source.addEventListener('open', () => handlers.alive())
    source.addEventListener('now', (event) => {
      let state = null
      try {
        state = asLiveState(JSON.parse((event as MessageEvent<string>).data))
      } catch {
        // not JSON: ignored, like any event the app does not know
      }
      if (!state) return
      handlers.state(state, fresh)
      fresh = false
    })
    // The browser would retry on its own after `retry:`; the connection backs off instead.
    source.addEventListener('error', () => handlers.lost())
    return () => source.close()
  },
  async probe() {
    const response = await fetch(NOW_URL, { cache: 'no-store' })
    const state = response.ok ? asLiveState(await response.json()) : null
    if (!state) throw new Error(`live: ${NOW_URL} answered ${response.status}`)
    return state
  },
}

let connection: LiveConnection | null = null

function liveConnection(): LiveConnection {
  if (connection) return connection
  const made = createLiveConnection(transport)
  connection = made
  if (typeof window !== 'undefined') {
    // Offline: no banner at once (the stream would notice late); back online: reconnect now.
    window.addEventListener('offline', () => made.pause())
    window.addEventListener('online', () => made.resume())
  }
  return made
}

/** Calls `listener` with what to show now and on every change; returns the unsubscribe. */
export function watchLive(listener: LiveListener): () => void {
  return liveConnection().subscribe(listener)
}
