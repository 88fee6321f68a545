import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, Outbox, type OutboxStorage, type SubmitRequest, type TransportResponse } from '../../../src/feedback/outbox'
import { suggestion } from './fixtures'

/** A fake server: answers from a script, records every request it saw. */
function fakeTransport() {
  const seen: SubmitRequest[] = []
  const script: Array<TransportResponse | 'offline'> = []
  const receipts = new Map<string, { id: string; receipt: string }>()
  const send = vi.fn(async (request: SubmitRequest): Promise<TransportResponse> => {
    seen.push(request)
    const next = script.shift() ?? 'ok'
    if (next === 'offline') throw new TypeError('Failed to fetch')
    if (next !== 'ok') return next
    const known = receipts.get(request.requestId)
    if (known) return { status: 200, body: known }
    const answer = { id: String(receipts.size + 1), receipt: `NT-2022-${String(receipts.size + 1).padStart(4, '0')}` }
    receipts.set(request.requestId, answer)
    return { status: 201, body: answer }
  })
  return { send, seen, script, receipts }
}

function memoryStorage(): OutboxStorage & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v) }
}

let ids = 0
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`

describe('Outbox', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2022-07-14T09:00:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  function setup() {
    const storage = memoryStorage()
    const transport = fakeTransport()
    const outbox = new Outbox({ storage, send: transport.send, uuid, baseDelayMs: 1_000, maxDelayMs: 8_000 })
    return { storage, transport, outbox }
  }

  it('keeps the item in storage as 待发送 before sending, then 已提交 with its receipt', async () => {
    const { outbox, transport, storage } = setup()
    const item = await outbox.enqueue('NT0001', suggestion)
    expect(JSON.parse(storage.map.get('feedback.outbox')!)).toEqual([expect.objectContaining({ requestId: item.requestId, state: '待发送' })])
    expect(transport.send).not.toHaveBeenCalled()

    await outbox.flush()
    const [sent] = await outbox.items()
    expect(sent).toMatchObject({ state: '已提交', receipt: { id: '1', receipt: 'NT-2022-0001' }, sentAt: Date.now() })
    expect(transport.seen).toEqual([{ action: 'submit', requestId: item.requestId, delegateCode: 'NT0001', suggestion }])
  })

  it('retries network errors and 5xx with doubling delays up to the cap, with the same requestId', async () => {
    const { outbox, transport } = setup()
    transport.script.push('offline', { status: 503, body: {} }, 'offline', { status: 500, body: {} }, 'offline', 'offline')
    const item = await outbox.enqueue('NT0001', suggestion)
    await outbox.flush()
    expect(transport.send).toHaveBeenCalledTimes(1)

    // Delays 1 s, 2 s, 4 s, 8 s, 8 s (capped): each retry happens only when due.
    for (const [delay, calls] of [[1_000, 2], [2_000, 3], [4_000, 4], [8_000, 5], [8_000, 6]] as const) {
      await vi.advanceTimersByTimeAsync(delay - 1)
      expect(transport.send).toHaveBeenCalledTimes(calls - 1)
      await vi.advanceTimersByTimeAsync(1)
      expect(transport.send).toHaveBeenCalledTimes(calls)
    }
    expect((await outbox.items())[0]).toMatchObject({ state: '待发送', attempts: 6 })

    await vi.advanceTimersByTimeAsync(8_000)
    expect((await outbox.items())[0]).toMatchObject({ state: '已提交', receipt: { receipt: 'NT-2022-0001' } })
    expect(new Set(transport.seen.map((r) => r.requestId))).toEqual(new Set([item.requestId]))
    expect(transport.receipts.size).toBe(1)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(transport.send).toHaveBeenCalledTimes(7)
  })

  it('treats 408 and 429 as temporary', async () => {
    const { outbox, transport } = setup()
    transport.script.push({ status: 429, body: { error: { code: 'rate_limited' } } }, { status: 408, body: null })
    await outbox.enqueue('NT0001', suggestion)
    await outbox.flush()
    await vi.advanceTimersByTimeAsync(1_000)
    expect((await outbox.items())[0]).toMatchObject({ state: '待发送', attempts: 2 })
    await vi.advanceTimersByTimeAsync(2_000)
    expect((await outbox.items())[0]!.state).toBe('已提交')
  })

  it('keeps a permanent refusal with its message instead of dropping it, and can retry it', async () => {
    const { outbox, transport } = setup()
    transport.script.push({ status: 403, body: { error: { code: 'unknown_delegate' } } })
    const item = await outbox.enqueue('NT0404', suggestion)
    await outbox.flush()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(transport.send).toHaveBeenCalledTimes(1)
    expect(await outbox.items()).toEqual([
      expect.objectContaining({
        requestId: item.requestId,
        state: '未送达',
        error: { status: 403, code: 'unknown_delegate', message: '代表编码不在名单中' },
      }),
    ])

    await outbox.retry(item.requestId)
    expect((await outbox.items())[0]).toMatchObject({ state: '已提交', requestId: item.requestId })
    expect((await outbox.items())[0]).not.toHaveProperty('error')
  })

  it('joins the field messages of a 400', async () => {
    const { outbox, transport } = setup()
    transport.script.push({ status: 400, body: { error: { code: 'invalid', fields: { title: '标题至少4个字', phone: '请填写11位手机号' } } } })
    await outbox.enqueue('NT0001', suggestion)
    await outbox.flush()
    expect((await outbox.items())[0]!.error).toEqual({
      status: 400,
      code: 'invalid',
      message: '标题至少4个字;请填写11位手机号',
      fields: { title: '标题至少4个字', phone: '请填写11位手机号' },
    })
  })

  it('survives a restart: a new Outbox on the same storage sends what was queued', async () => {
    const storage = memoryStorage()
    const offline = fakeTransport()
    offline.script.push('offline')
    const before = new Outbox({ storage, send: offline.send, uuid })
    const item = await before.enqueue('NT0001', suggestion)
    await before.flush()
    before.stop()

    const online = fakeTransport()
    const after = new Outbox({ storage, send: online.send, uuid })
    await after.flush({ force: true })
    expect(online.seen.map((r) => r.requestId)).toEqual([item.requestId])
    expect((await after.items())[0]!.state).toBe('已提交')
  })

  it('loses nothing when a suggestion is queued while another is being sent on slow async storage', async () => {
    vi.useRealTimers()
    const map = new Map<string, string>()
    const pause = () => new Promise((r) => setTimeout(r, Math.random() * 3))
    const storage: OutboxStorage = {
      get: async (k) => (await pause(), map.get(k) ?? null),
      set: async (k, v) => (await pause(), void map.set(k, v)),
    }
    const transport = fakeTransport()
    const outbox = new Outbox({ storage, send: transport.send, uuid })
    await outbox.enqueue('NT0001', suggestion)
    const flushing = outbox.flush()
    const queued = await Promise.all(Array.from({ length: 5 }, () => outbox.enqueue('NT0002', suggestion)))
    await flushing
    await outbox.flush()
    outbox.stop()
    const items = await outbox.items()
    expect(items).toHaveLength(6)
    expect(items.map((i) => i.requestId)).toEqual(expect.arrayContaining(queued.map((q) => q.requestId)))
    expect(items.every((i) => i.state === '已提交')).toBe(true)
  })

  it('sends each item once when flushes overlap', async () => {
    const { outbox, transport } = setup()
    await outbox.enqueue('NT0001', suggestion)
    await outbox.enqueue('NT0002', suggestion)
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()])
    expect(transport.send).toHaveBeenCalledTimes(2)
    expect((await outbox.items()).map((i) => i.state)).toEqual(['已提交', '已提交'])
  })

  it('tells subscribers about every change and does not let the sender remove a pending item', async () => {
    const { outbox } = setup()
    const states: string[][] = []
    outbox.subscribe((items) => states.push(items.map((i) => i.state)))
    const item = await outbox.enqueue('NT0001', suggestion)
    await outbox.remove(item.requestId)
    expect(await outbox.items()).toHaveLength(1)
    await outbox.flush()
    await outbox.remove(item.requestId)
    expect(await outbox.items()).toHaveLength(0)
    expect(states).toEqual([['待发送'], ['待发送'], ['已提交'], []])
  })

  it('starts empty on unreadable storage, keeping the unreadable text aside', async () => {
    const storage = memoryStorage()
    storage.map.set('feedback.outbox', '{not json')
    expect(await new Outbox({ storage, send: fakeTransport().send }).items()).toEqual([])
    expect(storage.map.get('feedback.outbox.unreadable')).toBe('{not json')
    expect(storage.map.get('feedback.outbox')).toBe('[]')
  })

  it('sends with the session it was queued under, or the sender\'s newer one', async () => {
    const storage = memoryStorage()
    const transport = fakeTransport()
    const current = new Map<string, string>()
    const outbox = new Outbox({ storage, send: transport.send, uuid, sessionFor: (code) => current.get(code) })
    const first = await outbox.enqueue('NT0001', suggestion, 'a'.repeat(64))
    await outbox.flush()
    expect(transport.seen[0]).toEqual({ action: 'submit', requestId: first.requestId, delegateCode: 'NT0001', session: 'a'.repeat(64), suggestion })
    current.set('NT0001', 'b'.repeat(64))
    await outbox.enqueue('NT0001', suggestion, 'a'.repeat(64))
    await outbox.flush()
    expect(transport.seen[1]!.session).toBe('b'.repeat(64))
  })

  it('keeps a suggestion 待发送 with a note when the session has ended (401), and sends it after a new sign-in', async () => {
    const storage = memoryStorage()
    const transport = fakeTransport()
    let session = 'a'.repeat(64)
    const outbox = new Outbox({ storage, send: transport.send, uuid, sessionFor: () => session, baseDelayMs: 1_000 })
    transport.script.push({ status: 401, body: { error: { code: 'signin_required' } } })
    const item = await outbox.enqueue('NT0001', suggestion, session)
    await outbox.flush()
    expect((await outbox.items())[0]).toMatchObject({
      requestId: item.requestId,
      state: '待发送',
      error: { status: 401, code: 'signin_required', message: '登录已失效，请在「提建议」重新输入代表编码和口令，之后自动发送' },
    })
    session = 'c'.repeat(64)
    await outbox.flush({ force: true })
    expect((await outbox.items())[0]).toMatchObject({ state: '已提交', requestId: item.requestId })
    expect((await outbox.items())[0]).not.toHaveProperty('error')
    expect(transport.seen.map((r) => r.session)).toEqual(['a'.repeat(64), 'c'.repeat(64)])
  })

  it('makes distinct v4 uuids by default', async () => {
    const storage = memoryStorage()
    const outbox = new Outbox({ storage, send: fakeTransport().send })
    const a = await outbox.enqueue('NT0001', suggestion)
    const b = await outbox.enqueue('NT0001', suggestion)
    expect(a.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(a.requestId).not.toBe(b.requestId)
  })
})

describe('backoffDelay', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 2_000, 20_000))).toEqual([2_000, 4_000, 8_000, 16_000, 20_000, 20_000])
  })
})
