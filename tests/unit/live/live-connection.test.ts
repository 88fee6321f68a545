import { describe, expect, it } from 'vitest'
import { createLiveConnection, PROBE_AFTER_MS, type LiveTimers, type LiveTransport, type LiveTransportHandlers } from '../../../src/live/live-connection'
import { STALE_AFTER_MS, type LiveState } from '../../../src/live/types'

/** A clock and timers moved by hand. */
function manualTimers() {
  let now = 0
  let nextId = 1
  const pending = new Map<number, { at: number; callback: () => void }>()
  const timers: LiveTimers = {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++
      pending.set(id, { at: now + ms, callback })
      return id
    },
    clearTimeout: (id) => pending.delete(id as number),
  }
  const advance = async (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = [...pending.entries()].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
      if (!due) break
      pending.delete(due[0])
      now = due[1].at
      due[1].callback()
      await Promise.resolve()
    }
    now = end
    await Promise.resolve()
  }
  return { timers, advance }
}

function fakeTransport() {
  const opened: Array<{ handlers: LiveTransportHandlers; afterSeq: number | null; closed: boolean }> = []
  let probeAnswer: () => Promise<LiveState> = () => Promise.reject(new Error('offline'))
  const transport: LiveTransport = {
    open(handlers, afterSeq) {
      const entry = { handlers, afterSeq, closed: false }
      opened.push(entry)
      return () => {
        entry.closed = true
      }
    },
    probe: () => probeAnswer(),
  }
  return {
    transport,
    opened,
    latest: () => opened.at(-1)!,
    answerProbes(answer: () => Promise<LiveState>) {
      probeAnswer = answer
    },
  }
}

const reading = (seq: number, id = `review-1-${seq}`): LiveState => ({ target: { kind: 'card', id }, title: id, seq, at: new Date(0).toISOString() })
const ended = (seq: number): LiveState => ({ target: null, title: '', seq, at: new Date(0).toISOString() })

function connect() {
  const clock = manualTimers()
  const fake = fakeTransport()
  const connection = createLiveConnection(fake.transport, clock.timers, () => 0.5)
  const shown: Array<LiveState | null> = []
  const unsubscribe = connection.subscribe((state) => shown.push(state))
  return { ...clock, ...fake, connection, shown, unsubscribe }
}

describe('a phone following the live state', () => {
  it('shows a reading as it arrives, in seq order, and nothing once it ends', () => {
    const { latest, shown, connection } = connect()
    expect(shown).toEqual([null])
    latest().handlers.state(reading(1), true)
    latest().handlers.state(reading(3), false)
    latest().handlers.state(reading(2), false)
    expect(connection.shown()?.seq).toBe(3)
    latest().handlers.state(ended(4), false)
    expect(connection.shown()).toBeNull()
    expect(shown.map((state) => state?.seq ?? null)).toEqual([null, 1, 3, null])
  })

  it('drops the banner as soon as the connection is lost, and reopens with backoff after the last seq seen', async () => {
    const { latest, opened, connection, advance } = connect()
    latest().handlers.state(reading(5), true)
    latest().handlers.lost()
    expect(connection.shown()).toBeNull()
    expect(opened[0]!.closed).toBe(true)
    await advance(999)
    expect(opened).toHaveLength(1)
    await advance(1)
    expect(opened).toHaveLength(2)
    expect(latest().afterSeq).toBe(5)
    latest().handlers.lost()
    await advance(1_999)
    expect(opened).toHaveLength(2)
    await advance(1)
    expect(opened).toHaveLength(3)
    // Reopened and told it is alive (nothing was missed): the reading shows again.
    latest().handlers.alive()
    expect(connection.shown()?.seq).toBe(5)
  })

  it('caps the backoff at 30 s', async () => {
    const { latest, opened, advance } = connect()
    for (let i = 0; i < 8; i++) {
      latest().handlers.lost()
      await advance(30_000)
    }
    const count = opened.length
    latest().handlers.lost()
    await advance(29_999)
    expect(opened.length).toBe(count)
    await advance(1)
    expect(opened.length).toBe(count + 1)
  })

  it('takes the first state after a reconnect whatever its seq (the server was reset)', async () => {
    const { latest, connection, advance } = connect()
    latest().handlers.state(reading(9), true)
    latest().handlers.lost()
    await advance(1_000)
    latest().handlers.state(reading(1, 'plan-1-1'), true)
    expect(connection.shown()?.target?.id).toBe('plan-1-1')
  })

  it('a silent stream answered by the probe stays shown; it goes stale after 60 s without any sign of life', async () => {
    const { latest, connection, advance, answerProbes, opened } = connect()
    answerProbes(() => Promise.resolve(reading(2)))
    latest().handlers.state(reading(2), true)
    await advance(PROBE_AFTER_MS + 5_000)
    await Promise.resolve()
    // The probe answered: still shown, well past 60 s since the last event.
    await advance(STALE_AFTER_MS - PROBE_AFTER_MS + 5_000)
    expect(connection.shown()?.seq).toBe(2)
    expect(opened).toHaveLength(1)

    // Probes that cannot reach the server: no banner, and the stream is opened again.
    answerProbes(() => Promise.reject(new Error('offline')))
    await advance(PROBE_AFTER_MS + 5_000)
    await Promise.resolve()
    expect(connection.shown()).toBeNull()
    await advance(1_000)
    expect(opened).toHaveLength(2)
    latest().handlers.alive()
    expect(connection.shown()?.seq).toBe(2)
  })

  it('goes stale after 60 s when nothing at all is heard (not even a probe’s failure)', async () => {
    const { latest, connection, advance, answerProbes } = connect()
    answerProbes(() => new Promise(() => {}))
    latest().handlers.state(reading(2), true)
    await advance(STALE_AFTER_MS - 1_000)
    expect(connection.shown()?.seq).toBe(2)
    await advance(5_000)
    expect(connection.shown()).toBeNull()
  })

  it('reopens the stream when a probe finds a newer state than the stream gave', async () => {
    const { latest, opened, connection, advance, answerProbes } = connect()
    latest().handlers.state(reading(2), true)
    answerProbes(() => Promise.resolve(reading(4)))
    await advance(PROBE_AFTER_MS + 5_000)
    await Promise.resolve()
    expect(opened.length).toBe(2)
    expect(opened[0]!.closed).toBe(true)
    expect(latest().afterSeq).toBe(4)
    latest().handlers.alive()
    expect(connection.shown()?.seq).toBe(4)
  })

  it('closes while paused (the app is hidden) and when nobody listens; reopens on resume', () => {
    const { latest, opened, connection, unsubscribe } = connect()
    latest().handlers.state(reading(1), true)
    connection.pause()
    expect(opened[0]!.closed).toBe(true)
    expect(connection.shown()).toBeNull()
    connection.resume()
    expect(opened).toHaveLength(2)
    expect(latest().afterSeq).toBe(1)
    unsubscribe()
    expect(latest().closed).toBe(true)
  })

  it('ignores what a closed transport still reports', async () => {
    const { opened, connection, advance } = connect()
    const first = opened[0]!
    first.handlers.lost()
    await advance(1_000)
    first.handlers.state(reading(7), true)
    expect(connection.shown()).toBeNull()
  })
})
