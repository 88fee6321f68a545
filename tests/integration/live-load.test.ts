/** Many phones at once on GET /api/live, bounded in count (500) and in time (every wait has a deadline). */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveState } from '../../src/live/types'
import { openSse, type SseClient } from '../support/sse-client'
import { postJson } from './fixtures/feedback-app'
import { adminHeaders, startLiveApp, type RunningLiveApp } from './fixtures/live-app'

const CLIENTS = 500
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
let running: RunningLiveApp
const clients: SseClient[] = []

beforeAll(async () => {
  running = await startLiveApp({ maxStreams: CLIENTS })
})

afterAll(async () => {
  for (const client of clients) client.close()
  agent.destroy()
  await running.close()
})

describe(`${CLIENTS} phones on the stream`, () => {
  it('each gets the first state and every change in order, within seconds; one more is turned away with 503', async () => {
    const started = performance.now()
    for (let i = 0; i < CLIENTS; i += 100) {
      clients.push(...(await Promise.all(Array.from({ length: 100 }, () => openSse(`${running.url}/api/live`, {}, agent)))))
    }
    await Promise.all(clients.map((client) => client.event(1, 10_000)))

    const extra = await openSse(`${running.url}/api/live`, {}, agent)
    expect(extra.status).toBe(503)
    expect(extra.headers['retry-after']).toBe('10')
    extra.close()

    const ids = ['review-1-1', 'review-1-2', 'review-1-3', 'review-2-1', 'review-2-2']
    for (const [n, id] of ids.entries()) {
      const answer = await postJson(`${running.url}/api/admin/live`, { target: { kind: 'card', id } }, adminHeaders)
      expect(answer.status).toBe(200)
      await Promise.all(clients.map((client) => client.event(n + 2, 10_000)))
    }
    for (const client of clients) {
      const seqs = client.events.map((event) => (JSON.parse(event.data) as LiveState).seq)
      expect(seqs).toEqual([0, 1, 2, 3, 4, 5])
    }
    expect(performance.now() - started).toBeLessThan(30_000)

    // A phone that leaves frees its place.
    clients.pop()!.close()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const again = await openSse(`${running.url}/api/live`, {}, agent)
    clients.push(again)
    expect(again.status).toBe(200)
    expect(JSON.parse((await again.event(1)).data)).toMatchObject({ seq: 5 })
  })
})
