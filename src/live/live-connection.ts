/**
 * A phone's view of the live state, whatever carries it (an SSE stream on H5,
 * a watched cloud document on WeChat): plain TypeScript, so the rules are
 * tested without a platform.
 * - A state is shown only while the signal is alive: connected and heard from
 *   (an event, the stream's opening, a probe) within STALE_AFTER_MS. Offline
 *   means no banner, never a stale one.
 * - Events are taken in seq order; the first one after a (re)connect is the
 *   server's truth whatever its seq (the server's data may have been reset).
 * - A lost connection is reopened with backoff (1 s, 2 s, 4 s … 30 s, jittered).
 * - After PROBE_AFTER_MS of silence the state is asked for once (GET
 *   /api/live/now or the cloud function): an answer keeps the signal alive
 *   (a browser's EventSource never shows the heartbeat comments) and a newer
 *   seq means the stream missed something, so it is reopened.
 */
import { HEARTBEAT_MS, STALE_AFTER_MS, type LiveState } from './types'

export interface LiveTransportHandlers {
  /** A state arrived; `fresh` when it is the first since the transport opened */
  state(state: LiveState, fresh: boolean): void
  /** The transport is open, or gave another sign of life */
  alive(): void
  /** The transport failed or closed; the connection reopens it later */
  lost(): void
}

export interface LiveTransport {
  /** Opens the stream; `afterSeq` is the last seq seen (for Last-Event-ID). Returns how to close it. */
  open(handlers: LiveTransportHandlers, afterSeq: number | null): () => void
  /** The current state, asked once; rejects when the server cannot be reached. */
  probe(): Promise<LiveState>
}

export interface LiveTimers {
  now(): number
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const systemTimers: LiveTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Three heartbeats missed: ask before the banner would go stale. */
export const PROBE_AFTER_MS = 3 * HEARTBEAT_MS
const CHECK_EVERY_MS = 5_000
const BACKOFF_FIRST_MS = 1_000
const BACKOFF_MAX_MS = 30_000

export type LiveListener = (shown: LiveState | null) => void

export interface LiveConnection {
  /** Called now with what to show and on every change; returns the unsubscribe. The stream runs while anyone listens. */
  subscribe(listener: LiveListener): () => void
  /** The app went to the background: close the stream (WeChat's onHide). */
  pause(): void
  /** The app is back: reopen at once (onShow). */
  resume(): void
  /** The network is back: retry now instead of waiting out the backoff. */
  retryNow(): void
  /** What to show now: null when no reading is on, the signal is lost or stale. */
  shown(): LiveState | null
}

export function createLiveConnection(transport: LiveTransport, timers: LiveTimers = systemTimers, random: () => number = Math.random): LiveConnection {
  const listeners = new Set<LiveListener>()
  let state: LiveState | null = null
  let connected = false
  let heardAt = Number.NEGATIVE_INFINITY
  let close: (() => void) | null = null
  let failures = 0
  let paused = false
  let reopenTimer: unknown = null
  let checkTimer: unknown = null
  let probing = false
  let lastShown: LiveState | null = null
  let generation = 0

  const shown = (): LiveState | null =>
    connected && state?.target && timers.now() - heardAt < STALE_AFTER_MS ? state : null

  const notify = () => {
    const next = shown()
    if (next === lastShown) return
    lastShown = next
    for (const listener of [...listeners]) listener(next)
  }

  const running = () => listeners.size > 0 && !paused

  function open(): void {
    if (close || !running()) return
    const mine = ++generation
    let fresh = true
    const current = () => mine === generation
    close = transport.open(
      {
        state(next, openedFresh) {
          if (!current()) return
          const isFresh = fresh || openedFresh
          fresh = false
          connected = true
          heardAt = timers.now()
          failures = 0
          if (isFresh || !state || next.seq > state.seq) state = next
          notify()
        },
        alive() {
          if (!current()) return
          connected = true
          heardAt = timers.now()
          failures = 0
          notify()
        },
        lost() {
          if (!current()) return
          drop()
          scheduleReopen()
        },
      },
      state ? state.seq : null,
    )
  }

  function drop(): void {
    generation++
    const closing = close
    close = null
    connected = false
    closing?.()
    notify()
  }

  function scheduleReopen(): void {
    if (reopenTimer !== null || !running()) return
    const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** failures)
    failures++
    const delay = base * (0.8 + 0.4 * random())
    reopenTimer = timers.setTimeout(() => {
      reopenTimer = null
      open()
    }, delay)
  }

  function check(): void {
    checkTimer = null
    if (!running()) return
    notify()
    if (close && connected && !probing && timers.now() - heardAt >= PROBE_AFTER_MS) {
      probing = true
      const mine = generation
      transport.probe().then(
        (answer) => {
          probing = false
          if (mine !== generation) return
          heardAt = timers.now()
          connected = true
          // A newer state than the stream gave: the stream is stuck, reopen it.
          if (state && answer.seq > state.seq) {
            state = answer
            drop()
            open()
          } else if (!state) state = answer
          notify()
        },
        () => {
          probing = false
          if (mine !== generation) return
          // The server cannot be reached, yet the stream looks open (a half-dead link after a network change): start again.
          drop()
          scheduleReopen()
        },
      )
    }
    checkTimer = timers.setTimeout(check, CHECK_EVERY_MS)
  }

  function start(): void {
    open()
    if (checkTimer === null) checkTimer = timers.setTimeout(check, CHECK_EVERY_MS)
  }

  function stop(): void {
    if (reopenTimer !== null) timers.clearTimeout(reopenTimer)
    if (checkTimer !== null) timers.clearTimeout(checkTimer)
    reopenTimer = null
    checkTimer = null
    drop()
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      listener(shown())
      if (listeners.size === 1 && !paused) start()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) stop()
      }
    },
    pause() {
      if (paused) return
      paused = true
      stop()
    },
    resume() {
      if (!paused) return
      paused = false
      failures = 0
      if (listeners.size > 0) start()
    },
    retryNow() {
      if (!running() || close) return
      if (reopenTimer !== null) timers.clearTimeout(reopenTimer)
      reopenTimer = null
      failures = 0
      open()
    },
    shown,
  }
}
