/**
 * The HTTP contract of issues 5 and 11 against a real Fastify app and a real
 * SQLite file: sign-in, POST /api/feedback with a session, and what the
 * secretariat then sees.
 */
import Database from 'better-sqlite3'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, pinOf, postJson, signIn, startFeedbackApp, submitBody, suggestion, type RunningApp } from './fixtures/feedback-app'

let running: RunningApp
let feedbackUrl: string
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }

function rowCount(): number {
  const db = new Database(path.join(running.dataDir, 'feedback.sqlite'), { readonly: true })
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number }).n
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  running = await startFeedbackApp({ delegates: 20 })
  feedbackUrl = `${running.url}/api/feedback`
})
afterAll(async () => running.close())

/** One session per code for this file, signed in on first use. */
const sessions = new Map<string, Promise<string>>()
function as(code: string): Promise<string> {
  if (!sessions.has(code)) sessions.set(code, signIn(running.url, code))
  return sessions.get(code)!
}

describe('POST /api/feedback', () => {
  it('submits: 201 with id and receipt; the same requestId again: 200, same answer, no new row', async () => {
    const before = rowCount()
    const body = submitBody(await as('NT0002'), { suggestion: { ...suggestion, phone: '13912345678', cosigners: ['NT0003'] } })
    const first = await postJson(feedbackUrl, body)
    expect(first.status).toBe(201)
    expect(first.body).toEqual({ id: expect.any(String), receipt: expect.stringMatching(/^NT-2022-\d{4}$/) })
    expect(Object.keys(first.body as object).sort()).toEqual(['id', 'receipt'])
    const again = await postJson(feedbackUrl, body)
    expect(again).toMatchObject({ status: 200, body: first.body })
    expect(rowCount()).toBe(before + 1)
  })

  it('numbers receipts sequentially', async () => {
    const a = (await postJson(feedbackUrl, submitBody(await as('NT0004')))).body as { receipt: string }
    const b = (await postJson(feedbackUrl, submitBody(await as('NT0004')))).body as { receipt: string }
    expect(Number(b.receipt.slice(-4))).toBe(Number(a.receipt.slice(-4)) + 1)
  })

  it('refuses invalid fields with 400 invalid and Chinese messages per field', async () => {
    const before = rowCount()
    const result = await postJson(
      feedbackUrl,
      submitBody(await as('NT0001'), { suggestion: { title: '短', content: '太短了', cardId: 'nowhere', phone: '12345', cosigners: ['NT0001'] } }),
    )
    expect(result).toMatchObject({
      status: 400,
      body: {
        error: {
          code: 'invalid',
          fields: {
            title: '标题至少4个字',
            content: '内容至少10个字',
            cardId: '所选卡片不在报告中',
            phone: '请填写11位手机号',
            cosigners: '不能附议自己的建议',
          },
        },
      },
    })
    expect(rowCount()).toBe(before)
  })

  it.each([
    ['broken JSON', 'application/json', '{"action":"submit",'],
    ['empty body', 'application/json', ''],
  ])('answers 400 bad_json for %s', async (_name, contentType, body) => {
    const response = await fetch(feedbackUrl, { method: 'POST', headers: { 'content-type': contentType }, body })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { code: 'bad_json' } })
  })

  it.each([
    ['plain text', 'text/plain', 'hello'],
    ['a form', 'application/x-www-form-urlencoded', 'action=submit'],
    ['multipart', 'multipart/form-data; boundary=x', '--x--'],
  ])('answers 415 unsupported_media_type for %s', async (_name, contentType, body) => {
    const response = await fetch(feedbackUrl, { method: 'POST', headers: { 'content-type': contentType }, body })
    expect(response.status).toBe(415)
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } })
  })

  it('refuses valid JSON sent as text/plain (what a page on another origin can send without asking) and stores nothing', async () => {
    const before = rowCount()
    const response = await fetch(feedbackUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(submitBody(await as('NT0001'))) })
    expect(response.status).toBe(415)
    expect(rowCount()).toBe(before)
  })

  it('takes JSON with a charset', async () => {
    const response = await fetch(feedbackUrl, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(submitBody(await as('NT0001'))) })
    expect(response.status).toBe(201)
  })

  it('accepts only cards of the report', async () => {
    const result = await postJson(feedbackUrl, submitBody(await as('NT0005'), { suggestion: { ...suggestion, cardId: 'review-9-9' } }))
    expect(result).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { cardId: '所选卡片不在报告中' } } } })
    expect((await postJson(feedbackUrl, submitBody(await as('NT0005'), { suggestion: { ...suggestion, cardId: 'plan-6-3' } }))).status).toBe(201)
  })

  it('answers an unknown code and a wrong pin alike: 401 bad_credentials, and no session', async () => {
    for (const attempt of [
      { delegateCode: 'NT4040', pin: pinOf('NT4040') },
      { delegateCode: 'NT0006', pin: pinOf('NT0007') },
    ]) {
      const result = await postJson(feedbackUrl, { action: 'signin', ...attempt })
      expect(result).toMatchObject({ status: 401, body: { error: { code: 'bad_credentials' } } })
      expect(JSON.stringify(result.body)).not.toContain('session')
    }
  })

  it('answers 401 signin_required, with no name or data, to every action without a session', async () => {
    await postJson(feedbackUrl, submitBody(await as('NT0013')))
    const before = rowCount()
    for (const body of [
      { action: 'whoami', delegateCode: 'NT0013' },
      { action: 'mine', delegateCode: 'NT0013' },
      { ...submitBody('0'.repeat(64)), delegateCode: 'NT0013' },
      { action: 'cosign', suggestionId: '1', accept: true },
    ]) {
      const result = await postJson(feedbackUrl, body)
      expect(result).toEqual({ status: 401, body: { error: { code: 'signin_required' } }, headers: expect.anything() })
    }
    expect(rowCount()).toBe(before)
  })

  it('answers 413 for a body over 16 KiB and stores nothing', async () => {
    const before = rowCount()
    const body = JSON.stringify(submitBody(await as('NT0001'), { padding: 'x'.repeat(16 * 1024) }))
    expect((await postJson(feedbackUrl, body)).status).toBe(413)
    expect(rowCount()).toBe(before)
  })

  it('answers 429 after 20 submissions a minute from one code', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await postJson(feedbackUrl, submitBody(await as('NT0020')))).status)
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true)
    const limited = await postJson(feedbackUrl, submitBody(await as('NT0020')))
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ error: { code: 'rate_limited' } })
    expect(limited.headers.get('retry-after')).toBe('60')
    expect(statuses[20]).toBe(429)
  })

  it('lists mine: only the delegate\'s own, with the contract fields', async () => {
    const own = (await postJson(feedbackUrl, submitBody(await as('NT0010')))).body as { id: string; receipt: string }
    await postJson(feedbackUrl, submitBody(await as('NT0011')))
    const mine = await postJson(feedbackUrl, { action: 'mine', session: await as('NT0010') })
    expect(mine.status).toBe(200)
    expect(mine.body).toEqual({
      items: [
        {
          id: own.id,
          receipt: own.receipt,
          title: suggestion.title,
          cardId: suggestion.cardId,
          status: '已收到',
          answer: null,
          createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          cosigners: [],
          office: null,
          deadline: null,
          answeredAt: null,
          rating: null,
          ratingComment: null,
          timeline: [{ at: expect.any(String), by: 'NT0010', action: 'submit', from: null, to: '已收到' }],
          changedAt: null,
          canRate: false,
        },
      ],
      invitations: [],
    })
  })

  it('signs in with code and pin and tells the app whose session it is', async () => {
    const signedIn = await postJson(feedbackUrl, { action: 'signin', delegateCode: 'nt0901', pin: pinOf('NT0901') })
    expect(signedIn).toMatchObject({
      status: 200,
      body: { session: expect.stringMatching(/^[0-9a-f]{64}$/), name: '徐海峰', delegation: '列席人员', role: '列席' },
    })
    const { session } = signedIn.body as { session: string }
    expect(await postJson(feedbackUrl, { action: 'whoami', session })).toMatchObject({
      status: 200,
      body: { name: '徐海峰', delegation: '列席人员', role: '列席' },
    })
    expect(await postJson(feedbackUrl, { action: 'signin', delegateCode: 'NT9001', pin: pinOf('NT9001') })).toMatchObject({
      status: 200,
      body: { name: '周敏', role: '工作人员' },
    })
  })

  it('keeps sessions only as hashes in the database', async () => {
    const session = await signIn(running.url, 'NT0014')
    const db = new Database(path.join(running.dataDir, 'feedback.sqlite'), { readonly: true })
    try {
      const dump = JSON.stringify(db.prepare('SELECT * FROM sessions').all())
      expect(dump).toContain('NT0014')
      expect(dump).not.toContain(session)
    } finally {
      db.close()
    }
  })

  it('stores text as typed, trimmed, and returns it escaped only by JSON', async () => {
    const title = '<script>alert(1)</script>'
    const body = submitBody(await as('NT0012'), { suggestion: { ...suggestion, title: `  ${title}  `, content: '第一行内容很长很长\n第二行 "引号" & 符号' } })
    const { id } = (await postJson(feedbackUrl, body)).body as { id: string }
    const list = await fetch(`${running.url}/api/admin/suggestions`, { headers: auth })
    const item = ((await list.json()) as { items: Array<{ id: string; title: string; content: string }> }).items.find((i) => i.id === id)
    expect(item).toMatchObject({ title, content: '第一行内容很长很长\n第二行 "引号" & 符号' })
  })
})

describe('concurrency', () => {
  it('200 concurrent submissions make exactly 200 rows; replaying all of them keeps 200', async () => {
    const local = await startFeedbackApp({ delegates: 20 })
    try {
      const url = `${local.url}/api/feedback`
      const codes = Array.from({ length: 20 }, (_, i) => `NT${String(i + 1).padStart(4, '0')}`)
      const localSessions = await Promise.all(codes.map((code) => signIn(local.url, code)))
      const bodies = Array.from({ length: 200 }, (_, i) => submitBody(localSessions[i % 20]!))
      const first = await Promise.all(bodies.map((b) => postJson(url, b)))
      expect(first.map((r) => r.status)).toEqual(Array(200).fill(201))
      const receipts = first.map((r) => (r.body as { receipt: string }).receipt)
      expect(new Set(receipts).size).toBe(200)
      expect(await local.service.store.count()).toBe(200)

      const replay = await Promise.all(bodies.map((b) => postJson(url, b)))
      expect(replay.map((r) => r.status)).toEqual(Array(200).fill(200))
      expect(replay.map((r) => (r.body as { receipt: string }).receipt)).toEqual(receipts)
      expect(await local.service.store.count()).toBe(200)
      // The sequence has no gaps: 0001…0200.
      expect([...receipts].sort()).toEqual(Array.from({ length: 200 }, (_, i) => `NT-2022-${String(i + 1).padStart(4, '0')}`))
    } finally {
      await local.close()
    }
  })
})
