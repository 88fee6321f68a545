/**
 * Issue 11 against the real server over HTTP and a real SQLite file: failed
 * sign-ins limited per code and per client address (and still after a
 * restart), the secretariat's reset, co-signing by consent, saves against a
 * version, and text hygiene in every field.
 */
import http from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, pinOf, postJson, signIn, startFeedbackApp, submitBody, suggestion, type RunningApp } from './fixtures/feedback-app'

const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }
const apps: RunningApp[] = []
const dirs: string[] = []
afterAll(async () => {
  for (const app of apps) await app.close()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

async function start(options: Parameters<typeof startFeedbackApp>[0] = {}): Promise<RunningApp> {
  const app = await startFeedbackApp({ delegates: 30, ...options })
  apps.push(app)
  return app
}

/** A POST from a chosen loopback address (127.0.0.x), as another phone on the hall's network. */
function postFrom(localAddress: string, url: string, body: unknown): Promise<{ status: number; body: unknown; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body)
    const request = http.request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => {
        const header = response.headers['retry-after']
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown, retryAfter: Array.isArray(header) ? header[0] : header })
      })
    })
    request.on('error', reject)
    request.end(payload)
  })
}

const signinBody = (code: string, pin = pinOf(code)) => ({ action: 'signin', delegateCode: code, pin })
const wrongPin = (code: string) => signinBody(code, pinOf(code) === '000000' ? '111111' : '000000')

describe('failed sign-ins', () => {
  it('on one code: 5 wrong pins, then 429 too_many_attempts with retry-after, even with the right pin; other codes go on', async () => {
    const app = await start()
    const url = `${app.url}/api/feedback`
    for (let i = 0; i < 5; i++) expect(await postFrom('127.0.0.1', url, wrongPin('NT0001'))).toMatchObject({ status: 401, body: { error: { code: 'bad_credentials' } } })
    // From another address too: the code itself is locked.
    for (const address of ['127.0.0.1', '127.0.0.2']) {
      const throttled = await postFrom(address, url, signinBody('NT0001'))
      expect(throttled).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } })
      expect(Number(throttled.retryAfter)).toBeGreaterThan(14 * 60)
      expect(Number(throttled.retryAfter)).toBeLessThanOrEqual(15 * 60)
    }
    expect((await postFrom('127.0.0.2', url, signinBody('NT0002'))).status).toBe(200)
  })

  it('from one address: 20 failures across codes (a sweep of the roster), then 429 for every code from there only', async () => {
    const app = await start()
    const url = `${app.url}/api/feedback`
    const answers: number[] = []
    const started = Date.now()
    for (let i = 0; i < 40; i++) answers.push((await postFrom('127.0.0.3', url, signinBody(`NT${String(i + 1).padStart(4, '0')}`, '999999'))).status)
    expect(answers.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(answers.slice(20)).toEqual(Array(20).fill(429))
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(await postFrom('127.0.0.3', url, signinBody('NT0025'))).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } })
    expect((await postFrom('127.0.0.4', url, signinBody('NT0025'))).status).toBe(200)
  })

  it('are counted in the store: a restart keeps both the count and the sessions', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-trust-restart-'))
    dirs.push(dataDir)
    const first = await startFeedbackApp({ delegates: 5, dataDir })
    const session = await signIn(first.url, 'NT0004')
    for (let i = 0; i < 5; i++) await postJson(`${first.url}/api/feedback`, wrongPin('NT0004'))
    await first.close()

    const second = await start({ delegates: 5, dataDir })
    expect(await postJson(`${second.url}/api/feedback`, signinBody('NT0004'))).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } } })
    // Signed in before: still works while its code is throttled.
    expect(await postJson(`${second.url}/api/feedback`, { action: 'whoami', session })).toMatchObject({ status: 200, body: { name: '代表4' } })
    expect((await postJson(`${second.url}/api/feedback`, submitBody(session))).status).toBe(201)
  })
})

describe('the secretariat\'s reset', () => {
  it('ends every session of that delegate and no one else\'s; the pin signs them in again', async () => {
    const app = await start()
    const url = `${app.url}/api/feedback`
    const phone = await signIn(app.url, 'NT0005')
    const tablet = await signIn(app.url, 'NT0005')
    const other = await signIn(app.url, 'NT0006')
    const reset = await postJson(`${app.url}/api/admin/delegates/nt0005/reset`, {}, auth)
    expect(reset).toMatchObject({ status: 200, body: { code: 'NT0005', name: '代表5', sessionsEnded: 2 } })
    for (const session of [phone, tablet]) {
      expect(await postJson(url, { action: 'mine', session })).toMatchObject({ status: 401, body: { error: { code: 'signin_required' } } })
      expect((await postJson(url, submitBody(session))).status).toBe(401)
    }
    expect((await postJson(url, { action: 'whoami', session: other })).status).toBe(200)
    expect((await postJson(url, signinBody('NT0005'))).status).toBe(200)
    expect(await postJson(`${app.url}/api/admin/delegates/NT4040/reset`, {}, auth)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
    expect((await postJson(`${app.url}/api/admin/delegates/NT0005/reset`, {}, { authorization: 'Bearer nope' })).status).toBe(401)
  })
})

describe('co-signing by consent', () => {
  it('invites, the invitee answers under 我的, the admin sees each state, the CSV lists the confirmed only', async () => {
    const app = await start()
    const url = `${app.url}/api/feedback`
    const sender = await signIn(app.url, 'NT0001')
    const yes = await signIn(app.url, 'NT0002')
    const no = await signIn(app.url, 'NT0003')
    const stranger = await signIn(app.url, 'NT0009')
    const sent = await postJson(url, submitBody(sender, { suggestion: { ...suggestion, title: '请附议：增设公交站点', cosigners: ['NT0002', 'NT0003', 'NT0004'] } }))
    const { id, receipt } = sent.body as { id: string; receipt: string }

    const invited = await postJson(url, { action: 'mine', session: yes })
    expect((invited.body as { invitations: unknown }).invitations).toEqual([{ suggestionId: id, receipt, title: '请附议：增设公交站点', from: '代表1' }])
    expect(((await postJson(url, { action: 'mine', session: stranger })).body as { invitations: unknown[] }).invitations).toEqual([])

    const adminCosigners = async () =>
      ((await (await fetch(`${app.url}/api/admin/suggestions`, { headers: auth })).json()) as { items: Array<{ id: string; cosigners: unknown }> }).items.find((i) => i.id === id)!.cosigners
    const csvCosigners = async () => {
      const lines = (await (await fetch(`${app.url}/api/admin/suggestions.csv`, { headers: auth })).text()).trimEnd().split('\r\n')
      return lines.find((line) => line.includes(receipt))!
    }
    // Before anyone answers, the secretariat sees invitations, and the CSV lists no one.
    expect(await adminCosigners()).toEqual([
      { code: 'NT0002', name: '代表2', state: 'invited' },
      { code: 'NT0003', name: '代表3', state: 'invited' },
      { code: 'NT0004', name: '代表4', state: 'invited' },
    ])
    expect(await csvCosigners()).not.toMatch(/NT000[234]/)

    expect(await postJson(url, { action: 'cosign', session: stranger, suggestionId: id, accept: true })).toMatchObject({ status: 404 })
    expect(await postJson(url, { action: 'cosign', session: yes, suggestionId: id, accept: true })).toMatchObject({ status: 200, body: { state: 'confirmed' } })
    expect(await postJson(url, { action: 'cosign', session: no, suggestionId: id, accept: false })).toMatchObject({ status: 200, body: { state: 'declined' } })
    expect(await postJson(url, { action: 'cosign', suggestionId: id, accept: true })).toMatchObject({ status: 401, body: { error: { code: 'signin_required' } } })

    expect(((await postJson(url, { action: 'mine', session: yes })).body as { invitations: unknown[] }).invitations).toEqual([])
    expect(await adminCosigners()).toEqual([
      { code: 'NT0002', name: '代表2', state: 'confirmed' },
      { code: 'NT0003', name: '代表3', state: 'declined' },
      { code: 'NT0004', name: '代表4', state: 'invited' },
    ])
    const row = await csvCosigners()
    expect(row).toContain('"NT0002 代表2"')
    expect(row).not.toContain('NT0003')
    expect(row).not.toContain('NT0004')

    // The sender sees each one's state.
    const mine = (await postJson(url, { action: 'mine', session: sender })).body as { items: Array<{ id: string; cosigners: unknown }> }
    expect(mine.items.find((i) => i.id === id)!.cosigners).toEqual([
      { code: 'NT0002', name: '代表2', state: 'confirmed' },
      { code: 'NT0003', name: '代表3', state: 'declined' },
      { code: 'NT0004', name: '代表4', state: 'invited' },
    ])
  })
})

describe('two secretaries saving the same suggestion', () => {
  it('the later save from a stale version gets 409 stale with the current item, and changes nothing', async () => {
    const app = await start()
    const session = await signIn(app.url, 'NT0001')
    const { id } = (await postJson(`${app.url}/api/feedback`, submitBody(session))).body as { id: string }
    const save = (body: unknown) => postJson(`${app.url}/api/admin/suggestions/${id}`, body, auth)

    const first = await save({ status: '已答复', answer: '已转交通运输局，年底前增设。', version: 1 })
    expect(first).toMatchObject({ status: 200, body: { version: 2, answer: '已转交通运输局，年底前增设。' } })
    const second = await save({ status: '已答复', answer: '另一位同事的答复。', version: 1 })
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({ error: { code: 'stale' }, current: { id, version: 2, status: '已答复', answer: '已转交通运输局，年底前增设。' } })
    expect((await app.service.store.get(id))?.answer).toBe('已转交通运输局，年底前增设。')
    // Saving again from what they now see works.
    expect(await save({ answer: '另一位同事的答复。', version: 2 })).toMatchObject({ status: 200, body: { version: 3 } })
  })
})

describe('text hygiene in every field', () => {
  it('refuses bidi controls and line separators in titles, lone surrogates anywhere, from senders and the secretariat', async () => {
    const app = await start()
    const url = `${app.url}/api/feedback`
    const session = await signIn(app.url, 'NT0001')
    for (const [field, value, message] of [
      ['title', '\u202e点击查看重要通知', '标题不能包含文字方向控制字符'],
      ['title', '建议增设\u2066公交\u2069站点', '标题不能包含文字方向控制字符'],
      ['title', '建议增设\u2028公交站点', '标题只能写一行，不能换行'],
      ['title', '建议增设\u2029公交站点', '标题只能写一行，不能换行'],
      ['title', '建议增设\n公交站点', '标题不能换行或包含控制字符'],
      ['content', '牛塘片区居民出行不便\u202b,建议增设公交站点。', '内容不能包含文字方向控制字符'],
      ['content', '牛塘片区居民出行不便\ud800,建议增设公交站点。', '内容含有无法识别的字符'],
    ] as const) {
      const result = await postJson(url, submitBody(session, { suggestion: { ...suggestion, [field]: value } }))
      expect(result).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { [field]: message } } } })
    }
    expect(await app.service.store.count()).toBe(0)

    const { id } = (await postJson(url, submitBody(session))).body as { id: string }
    const save = (answer: string) => postJson(`${app.url}/api/admin/suggestions/${id}`, { status: '已答复', answer, version: 1 }, auth)
    expect(await save('已办理\ud800完毕。')).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { answer: '答复含有无法识别的字符' } } } })
    expect(await save('已办理\u202e完毕。')).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { answer: '答复不能包含文字方向控制字符' } } } })
    expect((await app.service.store.get(id))?.answer).toBeNull()
    expect((await save('已办理完毕。\n请查收。')).status).toBe(200)
  })
})
