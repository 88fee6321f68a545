/**
 * CloudBase HTTP access (云开发 HTTP 访问服务): the H5 app's `POST
 * /api/feedback` reaches this function as an integration event. Unwrapped
 * here into the handler's event, and the handler's `{ status, body, headers }`
 * wrapped back as the HTTP answer, with the local server's rules: JSON only
 * (415 otherwise), no-store.
 */
import { errorBody, type HandlerResult } from '../../src/feedback/handler'

/** The parts of the integration request this function reads. */
export interface HttpAccessEvent {
  httpMethod: string
  path?: string
  headers?: Record<string, string | undefined>
  body?: string | null
  isBase64Encoded?: boolean
}

export interface HttpAccessAnswer {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: false
}

export function isHttpAccessEvent(event: unknown): event is HttpAccessEvent {
  return typeof event === 'object' && event !== null && typeof (event as { httpMethod?: unknown }).httpMethod === 'string'
}

function header(event: HttpAccessEvent, name: string): string {
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === name) return value ?? ''
  return ''
}

/** The caller's address for sign-in throttling: the first hop CloudBase forwards. */
export function httpClientAddress(event: HttpAccessEvent): string | undefined {
  return header(event, 'x-forwarded-for').split(',')[0]?.trim() || header(event, 'x-real-ip') || undefined
}

export type HttpRequestOutcome = { ok: true; event: unknown } | { ok: false; result: HandlerResult }

/** The handler's event from the HTTP request, or the refusal to answer. */
export function handlerEventOf(event: HttpAccessEvent): HttpRequestOutcome {
  if (event.httpMethod.toUpperCase() !== 'POST') return { ok: false, result: { status: 405, body: errorBody('method_not_allowed') } }
  if (!/^application\/json\s*(;|$)/i.test(header(event, 'content-type'))) return { ok: false, result: { status: 415, body: errorBody('unsupported_media_type') } }
  const text = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
  try {
    return { ok: true, event: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, result: { status: 400, body: errorBody('bad_json') } }
  }
}

export function httpAnswerOf(result: HandlerResult): HttpAccessAnswer {
  return {
    statusCode: result.status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...(result.headers ?? {}) },
    body: JSON.stringify(result.body),
    isBase64Encoded: false,
  }
}
