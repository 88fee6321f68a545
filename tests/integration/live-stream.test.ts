import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { LiveState } from '../../src/live/types'
import { openSse, type SseClient } from '../support/sse-client'
import { postJson, signIn } from './fixtures/feedback-app'
import { adminHeaders, startLiveApp, type RunningLiveApp } from './fixtures/live-app'

let running: RunningLiveApp[] = []
let streams: SseClient[] = []

afterEach(async () => {
  for (const stream of streams) stream.close()
  streams = []
  for (const app of running) await app.close()
  running = []
})

async function start(options: Parameters<typeof startLiveApp>[0] = {}) {
  const app = await startLiveApp(options)
  running.push(app)
  return app
}

async function listen(url: string, headers: Record<string, string> = {}) {
  const stream = await openSse(`${url}/api/live`, headers)
  streams.push(stream)
  return stream
}

const setLive = (url: string, target: unknown, headers: Record<string, string> = adminHeaders) =>
  postJson(`${url}/api/admin/live`, { target }, headers)

const stateOf = (stream: SseClient, n: number) => stream.event(n).then((event) => JSON.parse(event.data) as LiveState)

const card = (id: string) => ({ kind: 'card', id })

describe('GET /api/live (Server-Sent Events)', () => {
  it('sends the current state as `now` on connect, then one `now` per change, in order, with the seq as id', async () => {
    const { url } = await start()
    const stream = await listen(url)
    expect(stream.status).toBe(200)
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/)
    expect(stream.headers['cache-control']).toBe('no-store')
    expect(stream.headers['content-encoding']).toBeUndefined()
    const first = await stream.event(1)
    expect(first.event).toBe('now')
    expect(JSON.parse(first.data)).toEqual({ target: null, title: '', seq: 0, at: expect.any(String) })

    const answers = []
    for (const id of ['review-2-1', 'review-2-2', 'review-2-3']) answers.push(await setLive(url, card(id)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
    const received = [await stateOf(stream, 2), await stateOf(stream, 3), await stateOf(stream, 4)]
    expect(received.map((state) => state.seq)).toEqual([1, 2, 3])
    expect(received.map((state) => state.target?.id)).toEqual(['review-2-1', 'review-2-2', 'review-2-3'])
    expect(received[0]!.title).toBe('二、经济发展保持稳健态势 · 经济运行承压回升')
    expect(stream.events.slice(1).map((event) => event.id)).toEqual(['1', '2', '3'])
    // The desk's answer is the state every phone received.
    expect(answers.map((answer) => answer.body)).toEqual(received)
  })

  it('answers the same state as JSON at /api/live/now', async () => {
    const { url } = await start()
    await setLive(url, { kind: 'section', id: 'review-2' })
    const response = await fetch(`${url}/api/live/now`)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({ target: { kind: 'section', id: 'review-2' }, title: '二、经济发展保持稳健态势', seq: 1, at: expect.any(String) })
  })

  it('sends a heartbeat comment on schedule, and the stream outlives the server idle timeout', async () => {
    // Idle sockets are cut after 1 s here; heartbeats every 300 ms keep the stream open for 2.5 s and longer.
    const { url } = await start({ heartbeatMs: 300, requestTimeoutMs: 1_000 })
    const stream = await listen(url)
    await stream.event(1)
    await stream.comment(8, 4_000)
    expect(stream.comments.every((comment) => comment === 'heartbeat')).toBe(true)
    await setLive(url, card('review-1-1'))
    expect((await stateOf(stream, 2)).target).toEqual(card('review-1-1'))
  })

  it('cuts a silent stream with the idle timeout when there is no heartbeat (so the heartbeat is what keeps it)', async () => {
    const { url } = await start({ heartbeatMs: 60_000, requestTimeoutMs: 1_000 })
    const stream = await listen(url)
    await stream.event(1)
    const cut = await Promise.race([stream.closed.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 4_000))])
    expect(cut).toBe(true)
  })

  it('resumes after Last-Event-ID: the changes missed, in order; the current state alone when none was missed', async () => {
    const { url } = await start()
    for (const id of ['review-1-1', 'review-1-2', 'review-1-3']) await setLive(url, card(id))
    const resumed = await listen(url, { 'last-event-id': '1' })
    expect([(await stateOf(resumed, 1)).seq, (await stateOf(resumed, 2)).seq]).toEqual([2, 3])
    const upToDate = await listen(url, { 'last-event-id': '3' })
    expect(await stateOf(upToDate, 1)).toMatchObject({ seq: 3, target: card('review-1-3') })
    await setLive(url, card('review-2-1'))
    expect((await stateOf(upToDate, 2)).seq).toBe(4)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(resumed.events.map((event) => event.id)).toEqual(['2', '3', '4'])
    // The app's own reconnect passes it in the query.
    const byQuery = await openSse(`${url}/api/live?lastEventId=2`)
    streams.push(byQuery)
    expect([(await stateOf(byQuery, 1)).seq, (await stateOf(byQuery, 2)).seq]).toEqual([3, 4])
  })

  it('sends the current state when the Last-Event-ID is unknown (ahead of the server, or from before its memory)', async () => {
    const { url } = await start()
    await setLive(url, card('review-1-1'))
    const ahead = await listen(url, { 'last-event-id': '99' })
    expect((await stateOf(ahead, 1)).seq).toBe(1)
    const garbage = await listen(url, { 'last-event-id': 'abc' })
    expect((await stateOf(garbage, 1)).seq).toBe(1)
  })

  it('keeps the reading and its seq across a restart, and resumes phones after it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'live-restart-'))
    const first = await start({ dataDir })
    await setLive(first.url, card('review-3-1'))
    await setLive(first.url, card('review-3-2'))
    await first.close()
    running = running.filter((app) => app !== first)
    const again = await start({ dataDir })
    const now = await (await fetch(`${again.url}/api/live/now`)).json()
    expect(now).toMatchObject({ target: card('review-3-2'), seq: 2 })
    const resumed = await listen(again.url, { 'last-event-id': '2' })
    expect(await stateOf(resumed, 1)).toMatchObject({ target: card('review-3-2'), seq: 2 })
    await setLive(again.url, card('review-3-3'))
    expect(await stateOf(resumed, 2)).toMatchObject({ target: card('review-3-3'), seq: 3 })
  })
})

describe('POST /api/admin/live (the desk)', () => {
  it('is refused without the admin token or a staff session, and nothing changes', async () => {
    const { url } = await start()
    const stream = await listen(url)
    await stream.event(1)
    expect((await setLive(url, card('review-1-1'), {})).status).toBe(401)
    expect((await setLive(url, card('review-1-1'), { authorization: 'Bearer wrong' })).status).toBe(401)
    const delegate = await signIn(url, 'NT0001')
    const asDelegate = await setLive(url, card('review-1-1'), { authorization: `Bearer ${delegate}` })
    expect(asDelegate.status).toBe(401)
    const inBody = await postJson(`${url}/api/admin/live`, { target: card('review-1-1'), session: delegate })
    expect(inBody.status).toBe(401)
    expect(await (await fetch(`${url}/api/live/now`)).json()).toMatchObject({ seq: 0, target: null })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stream.events).toHaveLength(1)
  })

  it('takes a staff session (roster role 工作人员) as well as the token', async () => {
    const { url } = await start()
    const staff = await signIn(url, 'NT9001')
    const byHeader = await setLive(url, card('review-1-1'), { authorization: `Bearer ${staff}` })
    expect(byHeader).toMatchObject({ status: 200, body: { seq: 1, target: card('review-1-1') } })
    const byBody = await postJson(`${url}/api/admin/live`, { target: card('review-1-2'), session: staff })
    expect(byBody).toMatchObject({ status: 200, body: { seq: 2, target: card('review-1-2') } })
  })

  it('refuses a target that is not in the report with a clear message, and ends the reading with null', async () => {
    const { url } = await start()
    await setLive(url, card('review-1-1'))
    const unknown = await setLive(url, card('review-99-1'))
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ error: { code: 'invalid', message: expect.stringContaining('报告中没有这一部分') } })
    const badKind = await setLive(url, { kind: 'figure', id: 'review-1-1' })
    expect(badKind.status).toBe(400)
    const noTarget = await postJson(`${url}/api/admin/live`, {}, adminHeaders)
    expect(noTarget.status).toBe(400)
    const broken = await postJson(`${url}/api/admin/live`, '{"target":', adminHeaders)
    expect(broken).toMatchObject({ status: 400, body: { error: { code: 'bad_json' } } })
    const form = await fetch(`${url}/api/admin/live`, { method: 'POST', headers: { ...adminHeaders, 'content-type': 'text/plain' }, body: 'target=x' })
    expect(form.status).toBe(415)
    expect(await (await fetch(`${url}/api/live/now`)).json()).toMatchObject({ seq: 1, target: card('review-1-1') })
    const ended = await setLive(url, null)
    expect(ended.body).toMatchObject({ target: null, title: '', seq: 2 })
  })

  it('sends no event when the target is already being read', async () => {
    const { url } = await start()
    await setLive(url, card('review-1-1'))
    const stream = await listen(url)
    await stream.event(1)
    const again = await setLive(url, card('review-1-1'))
    expect(again.body).toMatchObject({ seq: 1 })
    await setLive(url, card('review-1-2'))
    expect((await stateOf(stream, 2)).seq).toBe(2)
  })
})
