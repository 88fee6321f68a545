/**
 * The cloud function's entry, driven with a fake wx-server-sdk: it runs the
 * same handler as the server, binds the OPENID, and makes mini-program codes.
 * The last test loads the built bundle itself, as WeChat would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createMain } from '../../../cloudfunctions/feedback/index'
import type { CloudSdk } from '../../../cloudfunctions/feedback/wx-server-sdk'
import { buildCloudFunction } from '../../../scripts/build-cloud'
import { handle } from '../../../src/feedback/handler'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import type { Store } from '../../../src/feedback/store'
import { createFakeCloudDb } from './fake-cloud-db'
import { PINS, roster, signInEvent, submitEvent } from './fixtures'

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function fakeSdk(openid = 'openid-owner') {
  const context: { OPENID: string; CLIENTIP?: string } = { OPENID: openid }
  const db = createFakeCloudDb()
  const sdk = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: vi.fn(),
    database: vi.fn(() => db),
    getWXContext: () => context,
    uploadFile: vi.fn<CloudSdk['uploadFile']>(async ({ cloudPath }) => ({ fileID: `cloud://env-1/${cloudPath}` })),
    getTempFileURL: vi.fn<CloudSdk['getTempFileURL']>(async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, tempFileURL: `https://tmp.example/${fileID.slice(14)}` })) })),
    openapi: {
      wxacode: {
        getUnlimited: vi.fn<CloudSdk['openapi']['wxacode']['getUnlimited']>(async () => ({ contentType: 'image/png', buffer: PNG, errCode: 0 })),
      },
      subscribeMessage: {
        send: vi.fn<CloudSdk['openapi']['subscribeMessage']['send']>(async () => ({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })),
      },
    },
  } satisfies CloudSdk
  return { sdk, context, db }
}

const now = () => new Date('2022-07-14T09:00:00.000Z')

describe('cloud function entry', () => {
  it('initialises the SDK on the current environment', () => {
    const { sdk } = fakeSdk()
    createMain({ cloud: sdk, roster })
    expect(sdk.init).toHaveBeenCalledWith({ env: sdk.DYNAMIC_CURRENT_ENV })
  })

  it('answers exactly as the shared handler does', async () => {
    const { sdk } = fakeSdk()
    const viaCloud = createMain({ cloud: sdk, roster, store: createMemoryStore(), now })
    const direct = createMemoryStore()
    const context = { roster, openid: 'openid-owner', clientAddress: 'openid-owner', now }
    for (const event of [
      { action: 'signin', delegateCode: 'NT0001', pin: '000000' },
      { action: 'whoami' },
      signInEvent('NT0001'),
      submitEvent(undefined),
      submitEvent(undefined, { suggestion: { title: '短' } }),
      { action: 'mine' },
      { action: 'whoami' },
      { action: 'nope' },
      null,
    ]) {
      // The cloud adds userInfo to every event; it changes nothing.
      const cloudEvent = event && typeof event === 'object' ? { ...event, userInfo: { openId: 'x', appId: 'y' } } : event
      const expected = await handle(event, context, direct)
      const actual = await viaCloud(cloudEvent, {})
      // Sessions are random: compare everything else.
      const withoutSession = (r: { body: unknown }) => JSON.parse(JSON.stringify(r).replace(/"session":"[0-9a-f]{64}"/, '"session":"…"')) as unknown
      expect(withoutSession(actual)).toEqual(withoutSession(expected))
    }
  })

  it('binds the OPENID on sign-in, which needs the pin, and refuses a second account', async () => {
    const { sdk, context } = fakeSdk('openid-owner')
    const store = createMemoryStore()
    const main = createMain({ cloud: sdk, roster, store })
    // Without a sign-in, nothing binds and nothing is sent.
    expect(await main(submitEvent(undefined))).toEqual({ status: 401, body: { error: { code: 'signin_required' } } })
    expect(await main({ action: 'signin', delegateCode: 'NT0001', pin: '000000' })).toEqual({ status: 401, body: { error: { code: 'bad_credentials' } } })
    expect(await store.boundOpenid('NT0001')).toBeNull()

    expect((await main(signInEvent('NT0001'))).status).toBe(200)
    expect((await main(submitEvent(undefined))).status).toBe(201)
    context.OPENID = 'openid-other'
    expect(await main(signInEvent('NT0001'))).toEqual({ status: 403, body: { error: { code: 'bound_elsewhere' } } })
    expect(await main(submitEvent(undefined))).toEqual({ status: 401, body: { error: { code: 'signin_required' } } })
    expect(store.rows).toHaveLength(1)
  })

  it('throttles failed sign-ins per WeChat account, and per client IP when there is no OPENID', async () => {
    const { sdk, context } = fakeSdk('openid-guesser')
    const main = createMain({ cloud: sdk, roster, store: createMemoryStore() })
    for (let i = 0; i < 20; i++) await main({ action: 'signin', delegateCode: `NT${2000 + i}`, pin: '000000' })
    const throttled = await main(signInEvent('NT0002'))
    expect(throttled).toMatchObject({ status: 429, body: { error: { code: 'too_many_attempts' } }, headers: { 'retry-after': expect.stringMatching(/^\d+$/) } })
    context.OPENID = ''
    context.CLIENTIP = '10.1.2.3'
    expect((await main(signInEvent('NT0002'))).status).toBe(200)
    expect(PINS.NT0002).toMatch(/^\d{6}$/)
  })

  it('uses the cloud database when no store is given', async () => {
    const { sdk, db } = fakeSdk()
    const main = createMain({ cloud: sdk, roster })
    const signedIn = (await main(signInEvent('NT0001'))).body as { session: string }
    const event = submitEvent(signedIn.session)
    const first = await main(event)
    expect(first).toEqual({ status: 201, body: { id: '1', receipt: 'NT-2022-0001' } })
    expect(await main(event)).toEqual({ status: 200, body: first.body })
    expect(db.collections.get('suggestions')?.size).toBe(1)
    expect(db.collections.get('bindings')?.get('NT0001')).toMatchObject({ openid: 'openid-owner' })
    // The session is kept only as its hash.
    const sessions = [...(db.collections.get('sessions')?.keys() ?? [])]
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).not.toBe(signedIn.session)
  })

  it('answers 500, not a crash, when the store fails', async () => {
    const { sdk } = fakeSdk()
    const broken = { ...createMemoryStore(), insert: async () => Promise.reject(new Error('db down')) } as Store
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const main = createMain({ cloud: sdk, roster, store: broken })
    expect((await main(signInEvent('NT0001'))).status).toBe(200)
    expect(await main(submitEvent(undefined))).toEqual({ status: 500, body: { error: { code: 'internal' } } })
  })

  it('makes a mini-program code as base64 PNG', async () => {
    const { sdk } = fakeSdk()
    const main = createMain({ cloud: sdk, roster, store: createMemoryStore() })
    const result = await main({ action: 'wxacode', scene: 'c=review-2-3', page: 'pages/card/index', width: 430 })
    expect(result).toEqual({ status: 200, body: { contentType: 'image/png', base64: Buffer.from(PNG).toString('base64') } })
    expect(sdk.openapi.wxacode.getUnlimited).toHaveBeenCalledWith({ scene: 'c=review-2-3', page: 'pages/card/index', checkPath: false, width: 430 })
  })

  it('refuses a bad wxacode request and reports WeChat\'s refusal', async () => {
    const { sdk } = fakeSdk()
    const main = createMain({ cloud: sdk, roster, store: createMemoryStore() })
    expect(await main({ action: 'wxacode', scene: 'x'.repeat(33), page: '/pages/card/index', width: 10 })).toEqual({
      status: 400,
      body: { error: { code: 'invalid', fields: { scene: expect.any(String), page: '页面路径不正确', width: '宽度须在280到1280之间' } } },
    })
    expect(sdk.openapi.wxacode.getUnlimited).not.toHaveBeenCalled()
    sdk.openapi.wxacode.getUnlimited.mockResolvedValueOnce({ contentType: '', buffer: new Uint8Array(), errCode: 41030, errMsg: 'invalid page' })
    expect(await main({ action: 'wxacode', scene: 'a' })).toEqual({
      status: 502,
      body: { error: { code: 'wxacode_failed', message: 'invalid page' } },
    })
  })
})

describe('the built cloud function', () => {
  it('is a folder WeChat can upload, and its index.js serves the contract with wx-server-sdk from the cloud', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cloud-build-'))
    try {
      await buildCloudFunction(out, 'content/roster/demo.csv')
      expect(JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')).dependencies).toEqual({ 'wx-server-sdk': expect.any(String) })
      expect(JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'))).toEqual({ permissions: { openapi: ['wxacode.getUnlimited', 'subscribeMessage.send'] } })
      expect(readFileSync(path.join(out, 'offices.csv'), 'utf8')).toBe(readFileSync('content/offices.csv', 'utf8'))
      expect(readFileSync(path.join(out, 'roster.csv'), 'utf8')).toBe(readFileSync('content/roster/demo.csv', 'utf8'))
      const bundle = readFileSync(path.join(out, 'index.js'), 'utf8')
      expect(bundle).toContain('require("wx-server-sdk")')
      expect(bundle).not.toMatch(/require\("zod"\)/)

      // What the cloud installs from package.json: here, a fake SDK on a fake database.
      const { sdk } = fakeSdk('openid-1')
      mkdirSync(path.join(out, 'node_modules/wx-server-sdk'), { recursive: true })
      writeFileSync(path.join(out, 'node_modules/wx-server-sdk/index.js'), 'module.exports = globalThis.__fakeWxServerSdk')
      ;(globalThis as Record<string, unknown>).__fakeWxServerSdk = sdk
      const deployed = createRequire(path.join(out, 'index.js'))('./index.js') as { main: (e: unknown, c: unknown) => Promise<unknown> }

      const demo = readFileSync('content/roster/demo.csv', 'utf8').split('\n').find((line) => line.startsWith('NT0101,'))!.split(',')
      const signedIn = (await deployed.main({ action: 'signin', delegateCode: 'nt0101', pin: demo[4] }, {})) as { status: number; body: Record<string, unknown> }
      expect(signedIn).toEqual({ status: 200, body: { session: expect.stringMatching(/^[0-9a-f]{64}$/), name: '徐海峰', delegation: '列席人员', role: '列席' } })
      expect(await deployed.main(submitEvent(undefined), {})).toEqual({ status: 201, body: { id: '1', receipt: 'NT-2022-0001' } })
      expect(await deployed.main({ action: 'whoami', session: signedIn.body.session }, {})).toEqual({
        status: 200,
        body: { name: '徐海峰', delegation: '列席人员', role: '列席' },
      })
      expect(await deployed.main({ ...submitEvent(undefined), suggestion: { title: 'x' } }, {})).toMatchObject({ status: 400 })
    } finally {
      delete (globalThis as Record<string, unknown>).__fakeWxServerSdk
      rmSync(out, { recursive: true, force: true })
    }
  })
})
