import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { readServerConfig } from '../../../server/config'
import { siteRoutes } from '../../../server/site-routes'
import { reachOf } from '../../../src/poster/public-address'

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv

describe('the public address (PUBLIC_URL)', () => {
  it('is read at run time, without its trailing slash; unset means none', () => {
    expect(readServerConfig(env({ PUBLIC_URL: 'https://report.example.cn/' })).publicUrl).toBe('https://report.example.cn')
    expect(readServerConfig(env({ PUBLIC_URL: 'https://example.cn/niutang/' })).publicUrl).toBe('https://example.cn/niutang')
    expect(readServerConfig(env({})).publicUrl).toBeUndefined()
    expect(readServerConfig(env({ PUBLIC_URL: '  ' })).publicUrl).toBeUndefined()
  })

  it('stops the start with a clear message when it is not an http(s) address', () => {
    for (const bad of ['report.example.cn', 'ftp://example.cn', 'https://example.cn/?a=1', 'javascript:alert(1)']) {
      expect(() => readServerConfig(env({ PUBLIC_URL: bad })), bad).toThrow(/PUBLIC_URL must be an http\(s\) address/)
    }
  })

  it('is handed to the page by GET /api/site', async () => {
    for (const publicUrl of ['https://report.example.cn', undefined]) {
      const app = Fastify()
      await app.register(siteRoutes, { publicUrl })
      const answer = await app.inject({ method: 'GET', url: '/api/site' })
      expect(answer.statusCode).toBe(200)
      expect(answer.json()).toEqual({ publicUrl: publicUrl ?? null })
      await app.close()
    }
  })

  it('tells loopback and private-network addresses from public ones', () => {
    for (const local of ['http://localhost:10086', 'http://127.0.0.1:10086', 'http://192.168.1.20', 'http://10.0.0.5:8080', 'http://172.20.1.1', 'http://[::1]:10086', 'http://nas.local', 'http://report', 'not a url']) {
      expect(reachOf(local), local).toBe('local-network')
    }
    for (const open of ['https://report.example.cn', 'http://8.8.8.8', 'http://172.32.0.1']) expect(reachOf(open), open).toBe('public')
  })
})
