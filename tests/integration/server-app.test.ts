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
