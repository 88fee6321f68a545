/**
 * The local server against a hostile hall network: security headers and a
 * hashed-inline-script CSP on every page, JSON-only API writes (415), no-store
 * API answers, slow requests cut off, one JSON log line per request with the
 * secrets redacted, failed admin tokens limited per address, and start-up
 * errors that name the data folder.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp, REQUEST_TIMEOUT_MS } from '../../server/app'
import { adminPageRoutes } from '../../server/admin/routes'
import { DataDirError, openFeedback, type FeedbackService } from '../../server/feedback/open-feedback'
import { feedbackRoutes } from '../../server/feedback/routes'
import { openLive } from '../../server/live'
import { liveRoutes } from '../../server/live/routes'
import { redactUrl } from '../../server/logging'
import { ADMIN_TOKEN } from './fixtures/feedback-app'

const root = path.resolve(__dirname, '../..')
const inlineScript = "document.documentElement.dataset.ready='1'"
const indexHtml = `<!doctype html><html><head><title>牛塘镇政府工作报告</title><script>${inlineScript}</script></head><body><div id="app"></div><script src="/js/app.0123abcd.js"></script></body></html>`

let tmp: string
let h5Dir: string
let service: FeedbackService
let app: FastifyInstance
const logLines: Record<string, unknown>[] = []

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-security-'))
  h5Dir = path.join(tmp, 'h5')
  fs.mkdirSync(path.join(h5Dir, 'js'), { recursive: true })
  fs.writeFileSync(path.join(h5Dir, 'index.html'), indexHtml)
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js'), 'console.log(1)')
  fs.writeFileSync(path.join(tmp, 'roster.csv'), 'code,name,delegation,role,pin\nNT0001,王建国,牛塘片代表小组,代表,482913\nNT0002,李秀英,牛塘片代表小组,代表,120984\n')
  service = await openFeedback({ dataDir: path.join(tmp, 'data'), rosterFile: path.join(tmp, 'roster.csv'), adminToken: ADMIN_TOKEN })
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  app = await buildApp({
    h5Dir,
    logger: { level: 'info', stream },
    registerApi: async (server) => {
      await server.register(feedbackRoutes, service)
      await server.register(liveRoutes, openLive({ dataDir: path.join(tmp, 'data'), adminToken: ADMIN_TOKEN, staff: service }))
      await server.register(adminPageRoutes)
    },
  })
})

afterAll(async () => {
  await app.close()
  service.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, 'a Content-Security-Policy header').toBeTruthy()
  return new Map(
    csp!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}

describe('security headers', () => {
  it.each(['/', '/pages/card/index?id=review-2-3', '/index.html', '/admin/', '/api/health', '/js/app.0123abcd.js'])(
    '%s carries a strict CSP, nosniff, no-referrer and no framing',
    async (url) => {
      const response = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })
      expect(response.statusCode).toBe(200)
      const csp = directives(response.headers['content-security-policy'] as string)
      expect(csp.get('default-src')).toEqual(["'self'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('script-src')).toContain("'self'")
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'")
      expect(csp.get('script-src')).not.toContain("'unsafe-eval'")
      // The hall's server is plain HTTP: upgrading requests would break every phone.
      expect(csp.has('upgrade-insecure-requests')).toBe(false)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['referrer-policy']).toBe('no-referrer')
      expect(response.headers['x-frame-options']).toBe('DENY')
    },
  )

  it("allows the build's own inline script by its hash, on the page and on the plain index.html the service worker keeps", async () => {
    const hash = `'sha256-${createHash('sha256').update(inlineScript).digest('base64')}'`
    for (const url of ['/', '/pages/section/index?id=review-1', '/index.html']) {
      const response = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } })
      expect(directives(response.headers['content-security-policy'] as string).get('script-src')).toContain(hash)
    }
    // Anything else inline is not allowed: only one hash, the build's.
    const page = await app.inject({ method: 'GET', url: '/' })
    const sources = directives(page.headers['content-security-policy'] as string).get('script-src')!
    expect(sources.filter((s) => s.startsWith("'sha256-"))).toEqual([hash])
  })

  it('says no-store on every /api/ answer, errors and admin lists included', async () => {
    const answers = [
      await app.inject({ method: 'GET', url: '/api/health' }),
      await app.inject({ method: 'GET', url: '/api/nothing' }),
      await app.inject({ method: 'GET', url: '/api/admin/suggestions', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }),
      await app.inject({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: '{' }),
      await app.inject({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'text/plain' }, payload: '{}' }),
    ]
    expect(answers.map((a) => a.statusCode)).toEqual([200, 404, 200, 400, 415])
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store')
  })
})

describe('API writes take JSON only', () => {
  const rows = () => service.store.count()

  it.each([
    ['text/plain', '{"action":"submit"}'],
    ['application/x-www-form-urlencoded', 'action=submit&delegateCode=NT0001'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'],
    ['application/octet-stream', 'x'],
    ['text/json', '{}'],
  ])('answers 415 unsupported_media_type to %s and stores nothing', async (contentType, payload) => {
    const before = await rows()
    for (const url of ['/api/feedback', '/api/admin/suggestions/some-id']) {
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': contentType, authorization: `Bearer ${ADMIN_TOKEN}` },
        payload,
      })
      expect(response.statusCode).toBe(415)
      expect(response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } })
    }
    expect(await rows()).toBe(before)
  })

  it('answers 415 to a body sent with no content type at all', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/feedback', payload: Buffer.from('{"action":"whoami"}') })
    expect(response.statusCode).toBe(415)
  })

  it('takes application/json with a charset', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload: '{"action":"nothing"}',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json()).toMatchObject({ error: { code: 'invalid' } })
  })
})

describe('failed admin tokens', () => {
  it('are limited to 10 per address in 15 minutes; then even the right token waits, while other addresses go on', async () => {
    const attempt = (token: string, remoteAddress: string) =>
      app.inject({ method: 'GET', url: '/api/admin/suggestions', remoteAddress, headers: { authorization: `Bearer ${token}` } })
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await attempt(`wrong-${i}`, '192.0.2.7')).statusCode)
    expect(statuses).toEqual(Array(10).fill(401))

    const refused = await attempt('wrong-again', '192.0.2.7')
    expect(refused.statusCode).toBe(429)
    expect(refused.json()).toEqual({ error: { code: 'too_many_attempts' } })
    const retryAfter = Number(refused.headers['retry-after'])
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)

    expect((await attempt(ADMIN_TOKEN, '192.0.2.7')).statusCode).toBe(429)
    expect((await attempt(ADMIN_TOKEN, '192.0.2.8')).statusCode).toBe(200)
    expect((await attempt('wrong', '192.0.2.8')).statusCode).toBe(401)
  })

  it('are counted once across the desk and the live desk', async () => {
    const desk = (token: string) =>
      app.inject({ method: 'GET', url: '/api/admin/suggestions', remoteAddress: '192.0.2.9', headers: { authorization: `Bearer ${token}` } })
    const live = (token: string) =>
      app.inject({
        method: 'POST',
        url: '/api/admin/live',
        remoteAddress: '192.0.2.9',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ target: null }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await desk(`wrong-${i}`)).statusCode, (await live(`wrong-${i}`)).statusCode)
    expect(statuses).toEqual(Array(10).fill(401))
    expect((await live('wrong-again')).statusCode).toBe(429)
    expect((await desk(ADMIN_TOKEN)).statusCode).toBe(429)
  })
})

describe('the log', () => {
  it('has one JSON line per request with its id, route, status and time, and no secret', async () => {
    logLines.length = 0
    await app.inject({ method: 'GET', url: '/api/health' })
    await app.inject({
      method: 'GET',
      url: '/pages/suggest/index?code=NT0001&pin=482913&session=s3cr3t-session',
      headers: { authorization: 'Bearer s3cr3t-token', accept: 'text/html' },
    })
    await app.inject({
      method: 'POST',
      url: '/api/feedback',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ action: 'signin', delegateCode: 'NT0001', pin: '482913' }),
    })
    const requests = logLines.filter((l) => l.msg === 'request')
    expect(requests).toHaveLength(3)
    expect(requests[0]).toMatchObject({ level: 30, method: 'GET', route: '/api/health', status: 200 })
    for (const line of requests) {
      expect(typeof line.reqId).toBe('string')
      expect(typeof line.ms).toBe('number')
    }
    const everything = JSON.stringify(logLines)
    for (const secret of ['482913', 's3cr3t-session', 's3cr3t-token', ADMIN_TOKEN]) expect(everything).not.toContain(secret)
  })

  it('blanks secret query parameters in logged addresses', () => {
    expect(redactUrl('/pages/suggest/index?code=NT0001&pin=123456&x=1')).toBe('/pages/suggest/index?code=NT0001&pin=[redacted]&x=1')
    expect(redactUrl('/a?Session=abc#top')).toBe('/a?Session=[redacted]#top')
    expect(redactUrl('/a?pinyin=1')).toBe('/a?pinyin=1')
  })

  it('logs a failing write as an error with its stack', async () => {
    logLines.length = 0
    const failing = await buildApp({
      h5Dir,
      logger: {
        level: 'info',
        stream: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
      },
      registerApi: async (server) => {
        server.get('/api/boom', async () => {
          throw new Error('SQLITE_FULL: database or disk is full')
        })
      },
    })
    try {
      const response = await failing.inject({ method: 'GET', url: '/api/boom' })
      expect(response.statusCode).toBe(500)
      const error = logLines.find((l) => l.level === 50) as { err?: { stack?: string } } | undefined
      expect(error?.err?.stack).toContain('SQLITE_FULL')
    } finally {
      await failing.close()
    }
  })
})

describe('slow requests', () => {
  it('are cut off by the server within 30 s', async () => {
    expect(REQUEST_TIMEOUT_MS).toBeLessThanOrEqual(30_000)
    expect(app.server.requestTimeout).toBeLessThanOrEqual(30_000)
    expect(app.server.headersTimeout).toBeLessThanOrEqual(30_000)
  })

  it('a body sent a byte at a time is closed while the health check still answers', async () => {
    const slow = await buildApp({ h5Dir, requestTimeoutMs: 1_500 })
    await slow.listen({ port: 0, host: '127.0.0.1' })
    const { port } = slow.server.address() as net.AddressInfo
    try {
      const sockets = Array.from({ length: 40 }, () => net.connect(port, '127.0.0.1'))
      const closedAt: number[] = []
      const started = Date.now()
      const timers: NodeJS.Timeout[] = []
      for (const socket of sockets) {
        socket.on('error', () => {})
        socket.on('close', () => closedAt.push(Date.now() - started))
        socket.write('POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{')
        timers.push(setInterval(() => socket.writable && socket.write(' '), 300))
      }
      const health = await fetch(`http://127.0.0.1:${port}/api/health`)
      expect(health.status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      timers.forEach(clearInterval)
      sockets.forEach((s) => s.destroy())
      // Every slow sender was cut off by the server, well before the test ended them.
      expect(closedAt.length).toBe(40)
      expect(Math.max(...closedAt)).toBeLessThan(4_900)
    } finally {
      await slow.close()
    }
  }, 20_000)
})

describe('start-up errors', () => {
  it('name the data folder and what to do when it cannot be written', async () => {
    const blocker = path.join(tmp, 'a-file')
    fs.writeFileSync(blocker, '')
    const dataDir = path.join(blocker, 'data')
    await expect(openFeedback({ dataDir, rosterFile: path.join(tmp, 'roster.csv') })).rejects.toThrow(DataDirError)
    await expect(openFeedback({ dataDir, rosterFile: path.join(tmp, 'roster.csv') })).rejects.toThrow(
      new RegExp(`${dataDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}.*DATA_DIR`),
    )
  })

  it('npm start exits with that message, not with SQLite\'s "unable to open database file"', () => {
    const blocker = path.join(tmp, 'another-file')
    fs.writeFileSync(blocker, '')
    // An H5 build dated ahead of the sources, so the start does not build one.
    const ahead = new Date(Date.now() + 3600_000)
    fs.utimesSync(path.join(h5Dir, 'index.html'), ahead, ahead)
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: path.join(blocker, 'data'), H5_DIR: h5Dir, PORT: '0', ROSTER_FILE: path.join(tmp, 'roster.csv') },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(path.join(blocker, 'data'))
    expect(result.stderr).toContain('DATA_DIR')
    expect(result.stderr).not.toContain('unable to open database file')
  }, 70_000)
})
