/**
 * 跟随宣读 on WeChat with a fake wx-server-sdk: the cloud function's desk
 * action writes the live document, and the mini-program's service edge
 * (live.weapp.ts) reads it through a watch, or by polling the function when
 * watch is missing or fails.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMain } from '../../../cloudfunctions/feedback/index'
import type { CloudSdk } from '../../../cloudfunctions/feedback/wx-server-sdk'
import type { HandlerResult } from '../../../src/feedback/handler'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import type { LiveState } from '../../../src/live/types'
import { createFakeCloudDb } from '../feedback/fake-cloud-db'
import { PINS, roster } from '../feedback/fixtures'

type Watcher = { onChange(snapshot: { docs: unknown[] }): void; onError(error: unknown): void }

/** What @tarojs/taro is on WeChat, as far as the live service uses it. */
const taro = vi.hoisted(() => ({
  watchers: [] as Watcher[],
  watchMissing: false,
  callFunction: null as null | ((options: { name: string; data: Record<string, unknown> }) => Promise<{ result: unknown }>),
}))

vi.mock('@tarojs/taro', () => ({
  default: {
    cloud: {
      database: () => ({
        collection: () => ({
          doc: () =>
            taro.watchMissing
              ? {}
              : {
                  watch(watcher: Watcher) {
                    taro.watchers.push(watcher)
                    return { close: () => taro.watchers.splice(taro.watchers.indexOf(watcher), 1) }
                  },
                },
        }),
      }),
      callFunction: (options: { name: string; data: Record<string, unknown> }) => taro.callFunction!(options),
    },
    onAppHide: () => {},
    onAppShow: () => {},
    onNetworkStatusChange: () => {},
  },
}))

function cloudFunction(openid = '') {
  const db = createFakeCloudDb()
  const context = { OPENID: openid }
  const sdk = { DYNAMIC_CURRENT_ENV: 'env', init: () => {}, database: () => db, getWXContext: () => context } as unknown as CloudSdk
  const created = createMain({ cloud: sdk, roster, store: createMemoryStore(), now: () => new Date('2026-12-01T09:00:00.000Z') })
  // Called as wx.cloud.callFunction calls it: the answer is { status, body }.
  const main = async (event: unknown) => (await created(event)) as HandlerResult
  const document = () => db.collections.get('live')?.get('now') ?? null
  return { main, db, context, document }
}

async function staffSession(main: ReturnType<typeof cloudFunction>['main'], code: keyof typeof PINS = 'NT9001') {
  const answer = (await main({ action: 'signin', delegateCode: code, pin: PINS[code] })) as { body: { session: string } }
  return answer.body.session
}

const card = (id: string) => ({ kind: 'card', id })

describe('the cloud function’s live desk', () => {
  it('answers no reading before any was set', async () => {
    const { main } = cloudFunction()
    expect(await main({ action: 'liveNow' })).toEqual({ status: 200, body: { target: null, title: '', seq: 0, at: new Date(0).toISOString() } })
  })

  it('lets a staff member set the document, and answers the new state', async () => {
    const { main, document } = cloudFunction()
    const session = await staffSession(main)
    const answer = await main({ action: 'deskLive', session, target: card('review-2-1') })
    expect(answer).toEqual({
      status: 200,
      body: { target: card('review-2-1'), title: '二、经济发展保持稳健态势 · 经济运行承压回升', seq: 1, at: '2026-12-01T09:00:00.000Z' },
    })
    expect(document()).toMatchObject({ _id: 'now', seq: 1, target: card('review-2-1') })
    expect(await main({ action: 'liveNow' })).toEqual(answer)
    expect((await main({ action: 'deskLive', session, target: null })).body).toMatchObject({ target: null, seq: 2 })
  })

  it('takes a staff member’s bound OPENID instead of a session', async () => {
    const { main, context } = cloudFunction('openid-staff')
    await staffSession(main)
    context.OPENID = 'openid-staff'
    expect((await main({ action: 'deskLive', target: card('review-1-1') })).status).toBe(200)
  })

  it('refuses delegates (403) and callers not signed in (401), writing nothing', async () => {
    const { main, document } = cloudFunction()
    const answer = (await main({ action: 'signin', delegateCode: 'NT0001', pin: PINS.NT0001 })) as { body: { session: string } }
    expect((await main({ action: 'deskLive', session: answer.body.session, target: card('review-1-1') })).status).toBe(403)
    expect((await main({ action: 'deskLive', target: card('review-1-1') })).status).toBe(401)
    expect((await main({ action: 'deskLive', session: 'f'.repeat(64), target: card('review-1-1') })).status).toBe(403)
    expect(document()).toBeNull()
  })

  it('refuses a target the report does not have, with the same message as the server', async () => {
    const { main } = cloudFunction()
    const session = await staffSession(main)
    expect(await main({ action: 'deskLive', session, target: card('review-9-9') })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid', message: expect.stringContaining('报告中没有这一部分') } },
    })
  })

  it('numbers every change once when two desks tap at the same moment', async () => {
    const { main, document } = cloudFunction()
    const session = await staffSession(main)
    const answers = await Promise.all([main({ action: 'deskLive', session, target: card('review-1-1') }), main({ action: 'deskLive', session, target: card('review-1-2') })])
    expect(answers.map((answer) => (answer as { body: LiveState }).body.seq).sort()).toEqual([1, 2])
    expect(document()).toMatchObject({ seq: 2 })
  })
})

describe('the mini-program following the watched document', () => {
  let fn: ReturnType<typeof cloudFunction>
  beforeEach(() => {
    vi.useFakeTimers()
    vi.resetModules()
    taro.watchers = []
    taro.watchMissing = false
    fn = cloudFunction()
    taro.callFunction = async ({ data }) => ({ result: await fn.main(data) })
  })
  afterEach(() => vi.useRealTimers())

  /** What the cloud pushes to every watcher after a write. */
  const pushDocument = () => {
    const doc = fn.document()
    for (const watcher of [...taro.watchers]) watcher.onChange({ docs: doc ? [doc] : [] })
  }

  it('shows what the desk sets, as the watch reports it, and nothing once it ends', async () => {
    const { watchLive } = await import('../../../src/services/live.weapp')
    const shown: Array<LiveState | null> = []
    const stop = watchLive((state) => shown.push(state))
    expect(taro.watchers).toHaveLength(1)
    pushDocument()
    const session = await staffSession(fn.main)
    await fn.main({ action: 'deskLive', session, target: card('review-3-1') })
    pushDocument()
    expect(shown.at(-1)).toMatchObject({ seq: 1, target: card('review-3-1') })
    await fn.main({ action: 'deskLive', session, target: null })
    pushDocument()
    expect(shown.at(-1)).toBeNull()
    stop()
    expect(taro.watchers).toHaveLength(0)
  })

  it('polls the cloud function when watch is missing, and when it fails', async () => {
    const session = await staffSession(fn.main)
    await fn.main({ action: 'deskLive', session, target: card('plan-1-1') })
    taro.watchMissing = true
    const { watchLive } = await import('../../../src/services/live.weapp')
    const shown: Array<LiveState | null> = []
    const stop = watchLive((state) => shown.push(state))
    await vi.advanceTimersByTimeAsync(10)
    expect(shown.at(-1)).toMatchObject({ target: card('plan-1-1') })
    await fn.main({ action: 'deskLive', session, target: card('plan-1-2') })
    await vi.advanceTimersByTimeAsync(15_000)
    expect(shown.at(-1)).toMatchObject({ target: card('plan-1-2') })
    stop()

    // A watch that fails falls back to polling too.
    taro.watchMissing = false
    const again: Array<LiveState | null> = []
    const stopAgain = watchLive((state) => again.push(state))
    taro.watchers[0]!.onError(new Error('watch closed by the server'))
    await vi.advanceTimersByTimeAsync(10)
    expect(again.at(-1)).toMatchObject({ target: card('plan-1-2') })
    stopAgain()
  })
})
