import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'

let app: FastifyInstance
let h5Dir: string
const script = `console.log(${JSON.stringify('牛塘'.repeat(400))})`

beforeAll(async () => {
  h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-h5-'))
  fs.mkdirSync(path.join(h5Dir, 'js'))
  fs.writeFileSync(path.join(h5Dir, 'index.html'), '<!doctype html><title>牛塘镇政府工作报告</title><div id="app"></div>')
  fs.writeFileSync(path.join(h5Dir, 'js', 'app.0123abcd.js'), script)
  fs.writeFileSync(path.join(h5Dir, 'sw.js'), 'self.addEventListener("install", () => {})')
  app = await buildApp({ h5Dir })
})

afterAll(async () => {
  await app.close()
})

describe('the local server shell', () => {
  it('answers the health check', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ ok: true })
  })

  it('sends hashed assets precompressed and cached for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'br' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script)
    expect(response.rawPayload.length).toBeLessThan(script.length / 4)
  })

  it('falls back to gzip, and to the plain file for clients that accept neither', async () => {
    const gzip = await app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(script)
    const plain = await app.inject({ method: 'GET', url: '/js/app.0123abcd.js', headers: { 'accept-encoding': 'identity' } })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(script)
  })

  it('never lets a browser keep a stale page or service worker', async () => {
    for (const url of ['/', '/sw.js']) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode).toBe(200)
      expect(response.headers['cache-control']).toBe('no-cache')
    }
  })

  it('answers a deep link with the app, so a reload of a card page works', async () => {
    const response = await app.inject({ method: 'GET', url: '/pages/card/index?id=review-2-3', headers: { accept: 'text/html' } })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('牛塘镇政府工作报告')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('says 404 in JSON for unknown API paths and missing files', async () => {
    for (const url of ['/api/nothing', '/js/missing.0123abcd.js']) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode).toBe(404)
      expect(response.json()).toEqual({ error: { code: 'not_found' } })
    }
  })
})

describe('precompressed copies', () => {
  it('are made only for hashed files, and a stale copy of a file that changes in place is removed', async () => {
    const { precompressAssets } = await import('../../server/precompress')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-pre-'))
    fs.writeFileSync(path.join(dir, 'index.html'), '<p>new build</p>'.repeat(50))
    fs.writeFileSync(path.join(dir, 'index.html.br'), zlib.brotliCompressSync('<p>old build</p>'))
    fs.writeFileSync(path.join(dir, 'app.89abcdef.js'), 'x'.repeat(2000))
    precompressAssets(dir)
    expect(fs.readdirSync(dir).sort()).toEqual(['app.89abcdef.js', 'app.89abcdef.js.br', 'app.89abcdef.js.gz', 'index.html'])
  })
})

describe('the preload list the build writes (page-preloads.json)', () => {
  const entry = ['/js/684.0123abcd.js', '/js/app.0123abcd.js', '/css/app.0123abcd.css']
  const cover = ['/css/593.0123abcd.css', '/js/593.0123abcd.js']

  async function serverWith(preloads: string | undefined): Promise<FastifyInstance> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-h5-preload-'))
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>牛塘镇政府工作报告</title><div id="app"></div>')
    if (preloads !== undefined) fs.writeFileSync(path.join(dir, 'page-preloads.json'), preloads)
    return buildApp({ h5Dir: dir })
  }

  it("is sent with each page as a Link header: the app's files, and the cover's chunk on the cover only", async () => {
    const server = await serverWith(JSON.stringify({ entry, pages: { '/': cover, '/pages/index/index': cover } }))
    try {
      const links = async (url: string) => String((await server.inject({ method: 'GET', url, headers: { accept: 'text/html' } })).headers.link ?? '')
      const expected = (files: string[]) => files.map((file) => `<${file}>; rel=preload; as=${file.endsWith('.css') ? 'style' : 'script'}`).join(', ')
      expect(await links('/')).toBe(expected([...entry, ...cover]))
      expect(await links('/pages/index/index?from=share')).toBe(expected([...entry, ...cover]))
      expect(await links('/pages/card/index?id=review-2-3')).toBe(expected(entry))
      // Never on the API or on the files themselves.
      expect((await server.inject({ method: 'GET', url: '/api/health' })).headers.link).toBeUndefined()
    } finally {
      await server.close()
    }
  })

  it('is left out when missing, unreadable, or naming anything but our own script and style files', async () => {
    for (const preloads of [undefined, '{not json', JSON.stringify({ entry: ['/js/a.js>; rel=preload, <https://evil.example/x.js'], pages: {} })]) {
      const server = await serverWith(preloads)
      try {
        const response = await server.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })
        expect(response.statusCode).toBe(200)
        expect(response.headers.link).toBeUndefined()
      } finally {
        await server.close()
      }
    }
  })
})
