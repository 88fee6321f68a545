import { describe, expect, it } from 'vitest'
import { handle, type HandlerContext } from '../../../src/feedback/handler'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import { roster, submitEvent, suggestion, uuid } from './fixtures'

function setup(overrides: Partial<HandlerContext> = {}) {
  let now = new Date('2022-07-14T09:00:00.000Z')
  const store = createMemoryStore()
  const context: HandlerContext = { roster, now: () => now, ...overrides }
  return {
    store,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    call: (event: unknown, extra: Partial<HandlerContext> = {}) => handle(event, { ...context, ...extra }, store),
  }
}

describe('handle: submit', () => {
  it('stores a suggestion and answers 201 with id and a numbered receipt', async () => {
    const { call, store } = setup()
    const first = await call(submitEvent())
    const second = await call(submitEvent({ delegateCode: 'nt0002' }))
    expect(first.status).toBe(201)
    expect(first.body).toEqual({ id: store.rows[0]!.id, receipt: 'NT-2022-0001' })
    expect(second.body).toMatchObject({ receipt: 'NT-2022-0002' })
    expect(store.rows[1]).toMatchObject({
      delegateCode: 'NT0002',
      ...suggestion,
      phone: null,
      cosigners: [],
      status: '已收到',
      answer: null,
      createdAt: '2022-07-14T09:00:00.000Z',
    })
  })

  it('answers a replayed requestId with 200 and the same receipt, storing nothing new', async () => {
    const { call, store } = setup()
    const event = submitEvent()
    const first = await call(event)
    const again = await call({ ...event, suggestion: { ...suggestion, title: '改过的标题内容' } })
    expect(again).toEqual({ status: 200, body: first.body })
    expect(store.rows).toHaveLength(1)
    expect(store.rows[0]!.title).toBe(suggestion.title)
  })

  it('does not reveal a receipt to another delegate reusing the requestId', async () => {
    const { call, store } = setup()
    const event = submitEvent()
    await call(event)
    const other = await call({ ...event, delegateCode: 'NT0002' })
    expect(other).toEqual({ status: 409, body: { error: { code: 'request_conflict' } } })
    expect(store.rows).toHaveLength(1)
  })

  it('refuses invalid fields with 400 and Chinese messages, storing nothing', async () => {
    const { call, store } = setup()
    const result = await call(submitEvent({ suggestion: { ...suggestion, title: '短', phone: '123' } }))
    expect(result).toEqual({
      status: 400,
      body: { error: { code: 'invalid', fields: { title: '标题至少4个字', phone: '手机号格式不正确' } } },
    })
    expect(store.rows).toHaveLength(0)
  })

  it('checks the card against the report and co-signers against the roster', async () => {
    const { call } = setup({ isKnownCardId: (id) => id === 'review-2-3' })
    expect((await call(submitEvent({ suggestion: { ...suggestion, cardId: 'plan-1-1' } }))).body).toEqual({
      error: { code: 'invalid', fields: { cardId: '所选卡片不在报告中' } },
    })
    expect((await call(submitEvent({ suggestion: { ...suggestion, cosigners: ['NT9999'] } }))).body).toEqual({
      error: { code: 'invalid', fields: { cosigners: '附议代表NT9999不在名单中' } },
    })
    expect((await call(submitEvent({ suggestion: { ...suggestion, cosigners: ['NT0002', 'NT0101'] } }))).status).toBe(201)
  })

  it('refuses an unknown delegate code with 403', async () => {
    const { call, store } = setup()
    expect(await call(submitEvent({ delegateCode: 'NT9999' }))).toEqual({
      status: 403,
      body: { error: { code: 'unknown_delegate' } },
    })
    expect(store.rows).toHaveLength(0)
  })

  it('allows 20 submissions a minute per code, then 429 until the minute has passed', async () => {
    const { call, store, advance } = setup()
    for (let i = 0; i < 20; i++) {
      expect((await call(submitEvent())).status).toBe(201)
      advance(1_000)
    }
    expect(await call(submitEvent())).toEqual({ status: 429, body: { error: { code: 'rate_limited' } } })
    // Another code is not affected, and a replay still gets its receipt.
    expect((await call(submitEvent({ delegateCode: 'NT0002' }))).status).toBe(201)
    expect((await call({ ...submitEvent(), requestId: store.rows[0]!.requestId })).status).toBe(200)
    advance(41_000) // the first submission is now more than a minute old
    expect((await call(submitEvent())).status).toBe(201)
    expect((await call(submitEvent())).status).toBe(429)
    expect(store.rows.filter((r) => r.delegateCode === 'NT0001')).toHaveLength(21)
  })

  it('refuses bodies of every wrong shape with 400 and never throws', async () => {
    const { call, store } = setup()
    for (const event of [undefined, null, 0, 'submit', [], {}, { action: 'drop' }, { action: 'submit' }, submitEvent({ suggestion: 'x' })]) {
      const result = await call(event)
      expect(result.status).toBe(400)
      expect(result.body).toMatchObject({ error: { code: 'invalid' } })
    }
    expect(store.rows).toHaveLength(0)
  })
})

describe('handle: mine and whoami', () => {
  it('lists only the delegate\'s own suggestions with the contract fields', async () => {
    const { call } = setup()
    await call(submitEvent())
    await call(submitEvent({ delegateCode: 'NT0002', suggestion: { ...suggestion, title: '别人的建议标题' } }))
    const mine = await call({ action: 'mine', delegateCode: 'nt0001' })
    expect(mine).toEqual({
      status: 200,
      body: {
        items: [
          {
            id: expect.any(String),
            receipt: 'NT-2022-0001',
            title: suggestion.title,
            cardId: 'review-2-3',
            status: '已收到',
            answer: null,
            createdAt: '2022-07-14T09:00:00.000Z',
          },
        ],
      },
    })
    expect(await call({ action: 'mine', delegateCode: 'NT0404' })).toEqual({
      status: 403,
      body: { error: { code: 'unknown_delegate' } },
    })
  })

  it('tells the app whose code it is', async () => {
    const { call } = setup()
    expect(await call({ action: 'whoami', delegateCode: 'NT0101' })).toEqual({
      status: 200,
      body: { name: '徐海峰', delegation: '列席人员', role: '列席' },
    })
    expect((await call({ action: 'whoami', delegateCode: 'NT0404' })).status).toBe(403)
  })
})

describe('handle: OPENID binding on WeChat', () => {
  it('binds a code to the first account that submits and refuses others until reset', async () => {
    const { call, store } = setup()
    // Looking up a name does not bind.
    expect((await call({ action: 'whoami', delegateCode: 'NT0001' }, { openid: 'intruder' })).status).toBe(200)
    expect((await call(submitEvent(), { openid: 'owner' })).status).toBe(201)
    const denied = { status: 403, body: { error: { code: 'bound_elsewhere' } } }
    expect(await call(submitEvent(), { openid: 'intruder' })).toEqual(denied)
    expect(await call({ action: 'mine', delegateCode: 'NT0001' }, { openid: 'intruder' })).toEqual(denied)
    expect(await call({ action: 'whoami', delegateCode: 'NT0001' }, { openid: 'intruder' })).toEqual(denied)
    expect((await call({ action: 'mine', delegateCode: 'NT0001' }, { openid: 'owner' })).status).toBe(200)
    expect(store.rows).toHaveLength(1)

    await store.unbindOpenid('NT0001')
    expect((await call(submitEvent(), { openid: 'new-phone' })).status).toBe(201)
    expect(await store.boundOpenid('NT0001')).toBe('new-phone')
  })

  it('does not bind anything without an OPENID (the HTTP server)', async () => {
    const { call, store } = setup()
    await call(submitEvent())
    expect(await store.boundOpenid('NT0001')).toBeNull()
  })
})

describe('receipts', () => {
  it('uses the configured prefix and pads to four digits', async () => {
    const { call } = setup({ receiptPrefix: 'NT-2023' })
    for (let i = 0; i < 6; i++) await call(submitEvent({ delegateCode: i % 2 ? 'NT0001' : 'NT0002' }))
    expect((await call(submitEvent())).body).toMatchObject({ receipt: 'NT-2023-0007' })
  })

  it('keeps the requestId normalised so a replay in upper case is the same request', async () => {
    const { call, store } = setup()
    const requestId = uuid().replace('4000', '4abc')
    await call(submitEvent({ requestId }))
    expect((await call(submitEvent({ requestId: requestId.toUpperCase() }))).status).toBe(200)
    expect(store.rows).toHaveLength(1)
  })
})
