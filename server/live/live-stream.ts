/**
 * The phones listening on GET /api/live: Server-Sent Events written to the raw
 * response. Each change is serialised once and written to every stream; one
 * timer sends the heartbeat comment to all of them, which also keeps each
 * socket busy well inside the server's 30 s idle timeout.
 */
import type { ServerResponse } from 'node:http'
import type { LiveState } from '../../src/live/types'

/** A phone this far behind (unread bytes) is on a dead link: its stream is ended. */
const MAX_BUFFERED_BYTES = 64 * 1024

/** How long EventSource waits before reconnecting by itself (the app adds its own backoff). */
const RETRY_MS = 2_000

export function liveEvent(state: LiveState): string {
  return `id: ${state.seq}\nevent: now\ndata: ${JSON.stringify(state)}\n\n`
}

export const HEARTBEAT_COMMENT = ': heartbeat\n\n'

export interface LiveStreams {
  /** Starts a stream on the response (headers already chosen) with what to send first. */
  add(response: ServerResponse, first: LiveState[]): void
  broadcast(state: LiveState): void
  count(): number
  /** Ends every stream (the server is closing). */
  endAll(): void
}

export function createLiveStreams(heartbeatMs: number): LiveStreams {
  const streams = new Set<ServerResponse>()
  let heartbeat: ReturnType<typeof setInterval> | null = null

  const write = (response: ServerResponse, chunk: string) => {
    if (response.writableLength > MAX_BUFFERED_BYTES) {
      streams.delete(response)
      response.destroy()
      return
    }
    response.write(chunk)
  }

  const ensureHeartbeat = () => {
    if (heartbeat || streams.size === 0) return
    heartbeat = setInterval(() => {
      for (const response of streams) write(response, HEARTBEAT_COMMENT)
    }, heartbeatMs)
    heartbeat.unref()
  }

  const remove = (response: ServerResponse) => {
    streams.delete(response)
    if (streams.size === 0 && heartbeat) {
      clearInterval(heartbeat)
      heartbeat = null
    }
  }

  return {
    add(response, first) {
      streams.add(response)
      response.on('close', () => remove(response))
      response.write(`retry: ${RETRY_MS}\n\n`)
      for (const state of first) response.write(liveEvent(state))
      ensureHeartbeat()
    },
    broadcast(state) {
      const chunk = liveEvent(state)
      for (const response of streams) write(response, chunk)
    },
    count: () => streams.size,
    endAll() {
      for (const response of streams) response.end()
      streams.clear()
      if (heartbeat) clearInterval(heartbeat)
      heartbeat = null
    },
  }
}
