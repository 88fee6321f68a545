import { describe, expect, it } from 'vitest'
import { handle, type HandlerContext } from '../../../src/feedback/handler'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import { hashSessionToken } from '../../../src/feedback/secrets'
import { PINS, roster, signInEvent, submitEvent, suggestion, uuid } from './fixtures'

function setup(overrides: Partial<HandlerContext> = {}) {
  let now = new Date('2022-07-14T09:00:00.000Z')
  const store = createMemoryStore()
  const context: HandlerContext = { roster, now: () => now, ...overrides }
  const call = (event: unknown, extra: Partial<HandlerContext> = {}) => handle(event, { ...context, ...extra }, store)
  return {
    store,
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    call,
    /** Signs in and returns the session. */
    async signIn(code: keyof typeof PINS = 'NT0001', extra: Partial<HandlerContext> = {}): Promise<string> {
      const result = await call(signInEvent(code), extra)
      expect(result.status).toBe(200)
      return (result.body as { session: string }).session
    },
  }
}

const BAD_CREDENTIALS = { status: 401, body: { error: { code: 'bad_credentials' } } }
const SIGNIN_REQUIRED = { status: 401, body: { error: { code: 'signin_required' } } }

describe('handle: signin', () => {
  it('answers a session and who it is; the store keeps only the session\'s hash', async () => {
    const { call, store } = setup()
    const result = await call(signInEvent('NT0101'))
    expect(result).toEqual({ status: 200, body: { session: expect.stringMatching(/^[0-9a-f]{64}$/), name: '徐海峰', delegation: '列席人员', role: '列席' } })
    const { session } = result.body as { session: string }
    expect(await store.sessionDelegate(session)).toBeNull()
    expect(await store.sessionDelegate(hashSessionToken(session))).toBe('NT0101')
  })

  it('signs in the secretariat staff like anyone, with their role', async () => {
    const { call } = setup()
    expect(await call(signInEvent('NT9001'))).toMatchObject({ status: 200, body: { name: '周敏', delegation: '人大办', role: '工作人员' } })
  })

  it('takes the code in any case and with spaces, and a pin sent as a number', async () => {
    const { call } = setup()
    expect((await call({ action: 'signin', delegateCode: ' nt0001 ', pin: PINS.NT0001 })).status).toBe(200)
    expect((await call({ action: 'signin', delegateCode: 'NT0101', pin: Number(PINS.NT0101) })).status).toBe(200)
    expect((await call({ action: 'signin', delegateCode: 'NT0101', pin: 1.5 })).status).toBe(400)
  })

  it('gives a new session each time', async () => {
    const { signIn } = setup()
    expect(await signIn()).not.toBe(await signIn())
  })

  it('answers an unknown code and a wrong pin the same: 401 bad_credentials', async () => {
    const { call } = setup()
    expect(await call({ action: 'signin', delegateCode: 'NT4040', pin: '123456' })).toEqual(BAD_CREDENTIALS)
    expect(await call({ action: 'signin', delegateCode: 'NT0001', pin: '123456' })).toEqual(BAD_CREDENTIALS)
    expect(await call({ action: 'signin', delegateCode: 'NT0001', pin: '' })).toEqual(BAD_CREDENTIALS)
    expect(await call({ action: 'signin', delegateCode: '含空格 的', pin: PINS.NT0001 })).toEqual(BAD_CREDENTIALS)
    expect(await call({ action: 'signin', delegateCode: 'NT0001', pin: PINS.NT0002 })).toEqual(BAD_CREDENTIALS)
  })

  it('refuses a sign-in without code or pin with 400', async () => {
    const { call } = setup()
    expect(await call({ action: 'signin', delegateCode: 'NT0001' })).toEqual({
      status: 400,
      body: { error: { code: 'invalid', fields: { pin: '请填写口令' } } },
    })
  })
})

describe('handle: throttled sign-ins', () => {
  it('allows 5 failures per code in 15 minutes, then 429 with retry-after even with the right pin', async () => {
    const { call, advance } = setup()
    for (let i = 0; i < 5; i++) {
      expect(await call({ action: 'signin', delegateCode: 'NT0001', pin: '000000' })).toEqual(BAD_CREDENTIALS)
      advance(60_000)
    }
    const throttled = await call(signInEvent('NT0001'))
    expect(throttled).toEqual({ status: 429, body: { error: { code: 'too_many_attempts' } }, headers: { 'retry-after': String(10 * 60) } })
    // Another code is not affected.
    expect((await call(signInEvent('NT0002'))).status).toBe(200)
    // Once the first failure is 15 minutes old, the code may try again.
    advance(10 * 60_000)
    expect((await call(signInEvent('NT0001'))).status).toBe(200)
  })

  it('throttles unknown codes the same way, so the throttle tells nothing either', async () => {
    const { call } = setup()
    for (let i = 0; i < 5; i++) await call({ action: 'signin', delegateCode: 'NT4040', pin: '000000' })
    expect((await call({ action: 'signin', delegateCode: 'NT4040', pin: '000000' })).status).toBe(429)
  })

  it('allows 20 failures per client address across codes, then 429 for any code from there', async () => {
    const { call } = setup()
    const from = { clientAddress: '10.0.0.7' }
    for (let i = 0; i < 20; i++) {
      const code = `NT${String(1000 + i)}`
      expect(await call({ action: 'signin', delegateCode: code, pin: '000000' }, from)).toEqual(BAD_CREDENTIALS)
    }
    expect(await call(signInEvent('NT0001'), from)).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } })
    expect((await call(signInEvent('NT0001'), { clientAddress: '10.0.0.8' })).status).toBe(200)
  })

  it('keeps sessions already signed in working while their code is throttled', async () => {
    const { call, signIn } = setup()
    const session = await signIn('NT0001')
    for (let i = 0; i < 6; i++) await call({ action: 'signin', delegateCode: 'NT0001', pin: '000000' })
    expect((await call(signInEvent('NT0001'))).status).toBe(429)
    expect(await call({ action: 'whoami', session })).toMatchObject({ status: 200, body: { name: '王建国' } })
    expect((await call(submitEvent(session))).status).toBe(201)
  })
})

describe('handle: every other action needs a session', () => {
  it('answers 401 signin_required, with no name or data, without a valid session', async () => {
    const { call, signIn } = setup()
    const session = await signIn()
    await call(submitEvent(session))
    for (const action of ['whoami', 'mine', 'submit', 'cosign']) {
      for (const bad of [undefined, '', 'f'.repeat(64), session.toUpperCase(), 42]) {
        const event = { ...submitEvent(undefined), action, suggestionId: '1', accept: true, session: bad, delegateCode: 'NT0001' }
        expect(await call(event)).toEqual(SIGNIN_REQUIRED)
      }
    }
  })

  it('refuses unknown actions and non-objects with 400 before anything else', async () => {
    const { call, store } = setup()
    for (const event of [undefined, null, 0, 'submit', [], {}, { action: 'drop' }]) {
      const result = await call(event)
      expect(result).toEqual({ status: 400, body: { error: { code: 'invalid', fields: { action: '不支持的操作' } } } })
    }
    expect(store.rows).toHaveLength(0)
  })

  it('ends a session on signout', async () => {
    const { call, signIn } = setup()
    const session = await signIn()
    expect(await call({ action: 'signout', session })).toEqual({ status: 200, body: { ok: true } })
    expect(await call({ action: 'whoami', session })).toEqual(SIGNIN_REQUIRED)
  })
})

describe('handle: submit', () => {
  it('stores a suggestion in the session\'s name and answers 201 with id and a numbered receipt', async () => {
    const { call, store, signIn } = setup()
    const first = await call(submitEvent(await signIn('NT0001')))
    // A delegateCode in the body changes nothing: the session says who sends.
    const second = await call(submitEvent(await signIn('NT0002'), { delegateCode: 'NT0001' }))
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
      version: 1,
      createdAt: '2022-07-14T09:00:00.000Z',
    })
  })

  it('answers a replayed requestId with 200 and the same receipt, storing nothing new', async () => {
    const { call, store, signIn } = setup()
    const event = submitEvent(await signIn())
    const first = await call(event)
    const again = await call({ ...event, suggestion: { ...suggestion, title: '改过的标题内容' } })
    expect(again).toEqual({ status: 200, body: first.body })
    expect(store.rows).toHaveLength(1)
    expect(store.rows[0]!.title).toBe(suggestion.title)
  })

  it('does not reveal a receipt to another delegate reusing the requestId', async () => {
    const { call, store, signIn } = setup()
    const event = submitEvent(await signIn('NT0001'))
    await call(event)
    const other = await call({ ...event, session: await signIn('NT0002') })
    expect(other).toEqual({ status: 409, body: { error: { code: 'request_conflict' } } })
    expect(store.rows).toHaveLength(1)
  })

  it('refuses invalid fields with 400 and Chinese messages, storing nothing', async () => {
    const { call, store, signIn } = setup()
    const result = await call(submitEvent(await signIn(), { suggestion: { ...suggestion, title: '短', phone: '123' } }))
    expect(result).toEqual({
      status: 400,
      body: { error: { code: 'invalid', fields: { title: '标题至少4个字', phone: '请填写11位手机号' } } },
    })
    expect(store.rows).toHaveLength(0)
  })

  it('refuses bidi controls, line separators in the title and lone surrogates', async () => {
    const { call, store, signIn } = setup()
    const session = await signIn()
    for (const [field, value, message] of [
      ['title', '建议\u202e增设公交站点', '标题不能包含文字方向控制字符'],
      ['title', '建议增设\u2028公交站点', '标题只能写一行，不能换行'],
      ['content', '牛塘片区居民出行不便\udfff,建议增设公交站点。', '内容含有无法识别的字符'],
    ] as const) {
      expect((await call(submitEvent(session, { suggestion: { ...suggestion, [field]: value } }))).body).toEqual({
        error: { code: 'invalid', fields: { [field]: message } },
      })
    }
    expect(store.rows).toHaveLength(0)
  })

  it('checks the card against the report and co-signers against the roster, not the sender', async () => {
    const { call, signIn } = setup({ isKnownCardId: (id) => id === 'review-2-3' })
    const session = await signIn('NT0001')
    expect((await call(submitEvent(session, { suggestion: { ...suggestion, cardId: 'plan-1-1' } }))).body).toEqual({
      error: { code: 'invalid', fields: { cardId: '所选卡片不在报告中' } },
    })
    expect((await call(submitEvent(session, { suggestion: { ...suggestion, cosigners: ['NT9999'] } }))).body).toEqual({
      error: { code: 'invalid', fields: { cosigners: '附议代表NT9999不在名单中' } },
    })
    expect((await call(submitEvent(session, { suggestion: { ...suggestion, cosigners: ['nt0001'] } }))).body).toEqual({
      error: { code: 'invalid', fields: { cosigners: '不能附议自己的建议' } },
    })
    expect((await call(submitEvent(session, { suggestion: { ...suggestion, cosigners: ['NT0002', 'NT0101'] } }))).status).toBe(201)
  })

  it('allows 20 submissions a minute per code, then 429 with retry-after until the minute has passed', async () => {
    const { call, store, advance, signIn } = setup()
    const session = await signIn('NT0001')
    for (let i = 0; i < 20; i++) {
      expect((await call(submitEvent(session))).status).toBe(201)
      advance(1_000)
    }
    expect(await call(submitEvent(session))).toEqual({ status: 429, body: { error: { code: 'rate_limited' } }, headers: { 'retry-after': '60' } })
    // Another code is not affected, and a replay still gets its receipt.
    expect((await call(submitEvent(await signIn('NT0002')))).status).toBe(201)
    expect((await call({ ...submitEvent(session), requestId: store.rows[0]!.requestId })).status).toBe(200)
    advance(41_000) // the first submission is now more than a minute old
    expect((await call(submitEvent(session))).status).toBe(201)
    expect((await call(submitEvent(session))).status).toBe(429)
    expect(store.rows.filter((r) => r.delegateCode === 'NT0001')).toHaveLength(21)
  })

  it('refuses submissions of every wrong shape with 400 and never throws', async () => {
    const { call, store, signIn } = setup()
    const session = await signIn()
    for (const event of [{ action: 'submit', session }, submitEvent(session, { suggestion: 'x' }), submitEvent(session, { requestId: 7 })]) {
      const result = await call(event)
      expect(result.status).toBe(400)
      expect(result.body).toMatchObject({ error: { code: 'invalid' } })
    }
    expect(store.rows).toHaveLength(0)
  })
})

describe('handle: mine, whoami and co-signing by consent', () => {
  it('lists only the delegate\'s own suggestions with the contract fields', async () => {
    const { call, signIn } = setup()
    const session = await signIn('NT0001')
    await call(submitEvent(session, { suggestion: { ...suggestion, cosigners: ['NT0002'] } }))
    await call(submitEvent(await signIn('NT0101'), { suggestion: { ...suggestion, title: '别人的建议标题' } }))
    expect(await call({ action: 'mine', session })).toEqual({
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
            cosigners: [{ code: 'NT0002', name: '李秀英', state: 'invited' }],
            office: null,
            deadline: null,
            answeredAt: null,
            rating: null,
            ratingComment: null,
            timeline: [{ at: '2022-07-14T09:00:00.000Z', by: 'NT0001', action: 'submit', from: null, to: '已收到' }],
            changedAt: null,
            canRate: false,
          },
        ],
        invitations: [],
      },
    })
  })

  it('tells the app whose session it is', async () => {
    const { call, signIn } = setup()
    expect(await call({ action: 'whoami', session: await signIn('NT0101') })).toEqual({
      status: 200,
      body: { name: '徐海峰', delegation: '列席人员', role: '列席' },
    })
  })

  it('invites co-signers, who accept or decline; the sender sees each answer', async () => {
    const { call, signIn } = setup()
    const sender = await signIn('NT0001')
    const invitee = await signIn('NT0002')
    const other = await signIn('NT0101')
    const { id, receipt } = (await call(submitEvent(sender, { suggestion: { ...suggestion, cosigners: ['NT0002', 'NT9001'] } }))).body as {
      id: string
      receipt: string
    }

    const invited = (await call({ action: 'mine', session: invitee })).body as { invitations: unknown[] }
    expect(invited.invitations).toEqual([{ suggestionId: id, receipt, title: suggestion.title, from: '王建国' }])
    expect(((await call({ action: 'mine', session: other })).body as { invitations: unknown[] }).invitations).toEqual([])

    // Someone not invited learns nothing, and changes nothing.
    expect(await call({ action: 'cosign', session: other, suggestionId: id, accept: true })).toEqual({ status: 404, body: { error: { code: 'not_found' } } })
    expect(await call({ action: 'cosign', session: invitee, suggestionId: id, accept: true })).toEqual({
      status: 200,
      body: { suggestionId: id, receipt, state: 'confirmed' },
    })
    expect(((await call({ action: 'mine', session: invitee })).body as { invitations: unknown[] }).invitations).toEqual([])
    expect((await call({ action: 'cosign', session: await signIn('NT9001'), suggestionId: id, accept: false })).status).toBe(200)

    const mine = (await call({ action: 'mine', session: sender })).body as { items: Array<{ cosigners: unknown }> }
    expect(mine.items[0]!.cosigners).toEqual([
      { code: 'NT0002', name: '李秀英', state: 'confirmed' },
      { code: 'NT9001', name: '周敏', state: 'declined' },
    ])
  })
})

describe('handle: OPENID binding on WeChat', () => {
  it('binds on sign-in only (so binding needs the pin); later calls from that OPENID need no session', async () => {
    const { call, store } = setup()
    // A stranger without the pin cannot bind first.
    expect(await call({ action: 'signin', delegateCode: 'NT0001', pin: '000000' }, { openid: 'stranger' })).toEqual(BAD_CREDENTIALS)
    expect(await store.boundOpenid('NT0001')).toBeNull()
    expect(await call({ action: 'whoami' }, { openid: 'stranger' })).toEqual(SIGNIN_REQUIRED)

    expect((await call(signInEvent('NT0001'), { openid: 'owner' })).status).toBe(200)
    expect(await store.boundOpenid('NT0001')).toBe('owner')
    expect(await call({ action: 'whoami' }, { openid: 'owner' })).toMatchObject({ status: 200, body: { name: '王建国' } })
    expect((await call(submitEvent(undefined), { openid: 'owner' })).status).toBe(201)
    expect(store.rows[0]!.delegateCode).toBe('NT0001')
  })

  it('refuses another OPENID for a bound code, even with the pin, until the secretariat resets', async () => {
    const { call, store } = setup()
    const owner = (await call(signInEvent('NT0001'), { openid: 'owner' })).body as { session: string }
    const denied = { status: 403, body: { error: { code: 'bound_elsewhere' } } }
    expect(await call(signInEvent('NT0001'), { openid: 'intruder' })).toEqual(denied)
    // A session taken to another WeChat account does not work there either.
    expect(await call({ action: 'mine', session: owner.session }, { openid: 'intruder' })).toEqual(denied)
    expect(await call(submitEvent(undefined), { openid: 'intruder' })).toEqual(SIGNIN_REQUIRED)
    expect(store.rows).toHaveLength(0)

    await store.unbindOpenid('NT0001')
    await store.endSessions('NT0001')
    expect((await call(signInEvent('NT0001'), { openid: 'new-phone' })).status).toBe(200)
    expect(await store.boundOpenid('NT0001')).toBe('new-phone')
    expect(await call({ action: 'whoami' }, { openid: 'owner' })).toEqual(SIGNIN_REQUIRED)
  })

  it('binds one code per WeChat account: signing in as another code releases the first', async () => {
    const { call, store } = setup()
    await call(signInEvent('NT0001'), { openid: 'shared-phone' })
    await call(signInEvent('NT0002'), { openid: 'shared-phone' })
    expect(await store.boundOpenid('NT0001')).toBeNull()
    expect(await call({ action: 'whoami' }, { openid: 'shared-phone' })).toMatchObject({ body: { name: '李秀英' } })
  })

  it('does not bind anything without an OPENID (the HTTP server)', async () => {
    const { signIn, store } = setup()
    await signIn()
    expect(await store.boundOpenid('NT0001')).toBeNull()
  })
})

describe('receipts', () => {
  it('uses the configured prefix and pads to four digits', async () => {
    const { call, signIn } = setup({ receiptPrefix: 'NT-2023' })
    const sessions = [await signIn('NT0001'), await signIn('NT0002')]
    for (let i = 0; i < 6; i++) await call(submitEvent(sessions[i % 2]))
    expect((await call(submitEvent(sessions[0]))).body).toMatchObject({ receipt: 'NT-2023-0007' })
  })

  it('keeps the requestId normalised so a replay in upper case is the same request', async () => {
    const { call, store, signIn } = setup()
    const session = await signIn()
    const requestId = uuid().replace('4000', '4abc')
    await call(submitEvent(session, { requestId }))
    expect((await call(submitEvent(session, { requestId: requestId.toUpperCase() }))).status).toBe(200)
    expect(store.rows).toHaveLength(1)
  })
})
