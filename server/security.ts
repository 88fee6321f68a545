/**
 * What every answer of the local server carries against a hostile hall
 * network (other phones, other web pages): security headers with a strict
 * Content-Security-Policy, JSON-only API writes, and no caching of API answers.
 */
import helmet from '@fastify/helmet'
import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'

/** The policy's directives, before the hashes of a page's own inline scripts. */
const DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Taro and NutUI set inline styles (style attributes, injected <style>): allowed for styles only.
  'style-src': ["'self'", "'unsafe-inline'"],
  // The poster is drawn on a canvas and shown as a data: or blob: image.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // blob: for the poster image a page reads back (Web Share needs it as a file).
  'connect-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

function policy(extraScriptSources: readonly string[] = []): string {
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(name === 'script-src' ? extraScriptSources : [])].join(' '))
    .join('; ')
}

/** The CSP for API answers and files: nothing inline at all. */
export const DEFAULT_CSP = policy()

const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi

/**
 * The CSP for a page built from this HTML: its own inline scripts (Taro's rem
 * script, the static shell's remover) are allowed by their SHA-256, nothing else.
 * Take the hashes from the build's index.html, not from a rendered page, so
 * that text put into a page can never allow itself.
 */
export function pageCsp(html: string): string {
  const hashes: string[] = []
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const attributes = match[1] ?? ''
    const body = match[2] ?? ''
    if (/\ssrc\s*=/i.test(attributes) || body === '') continue
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return policy([...new Set(hashes)])
}

const JSON_CONTENT_TYPE = /^application\/json\s*(;|$)/i

/**
 * Registers the headers and the API rules on the whole server:
 * - helmet: CSP, nosniff, Referrer-Policy no-referrer, no framing (frame-ancestors and X-Frame-Options);
 *   no HSTS and no upgrade-insecure-requests, since the hall's server speaks plain HTTP;
 * - a POST to /api/* that carries a body must say application/json, or it is 415
 *   (a page on another origin can only send a plain form or text/plain without asking);
 * - every /api/ answer is Cache-Control: no-store (admin answers carry phone numbers).
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: toHelmetDirectives(DIRECTIVES) },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // Phones in the hall fetch posters and files only from this same origin.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  })

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/api/')) return
    const contentType = request.headers['content-type']
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined
    // A bodiless POST (e.g. a reset) with no content type is fine; anything sent as a form or text is not.
    if (contentType === undefined && !hasBody) return
    if (contentType === undefined || !JSON_CONTENT_TYPE.test(contentType)) {
      return reply
        .code(415)
        .header('cache-control', 'no-store')
        .send({ error: { code: 'unsupported_media_type', message: '请以 application/json 发送' } })
    }
  })

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
    return payload
  })
}

function toHelmetDirectives(directives: Record<string, string[]>): Record<string, string[]> {
  // helmet takes camelCase or dashed names; dashed keeps the policy readable as sent.
  return Object.fromEntries(Object.entries(directives).map(([name, sources]) => [name, [...sources]]))
}
