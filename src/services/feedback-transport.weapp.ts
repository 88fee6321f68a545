/**
 * WeChat: the same actions go to the `feedback` cloud function, which runs the
 * same handler as the local server and answers `{ status, body, headers? }`.
 * The caller's OPENID comes with every call, so after a sign-in the function
 * knows the delegate even without the session.
 */
import Taro from '@tarojs/taro'
import type { TransportResponse } from '../feedback/outbox'

/** Set at build for development only (config/index.ts): the local server's /api/feedback. */
declare const WEAPP_FEEDBACK_URL: string

export async function callFeedback(body: object): Promise<TransportResponse> {
  if (WEAPP_FEEDBACK_URL) return callLocalServer(body)
  const result = await Taro.cloud.callFunction({ name: 'feedback', data: body as Record<string, unknown> })
  const answer = result.result as (Partial<TransportResponse> & { headers?: Record<string, string> }) | undefined
  if (!answer || typeof answer.status !== 'number') {
    // The function ran but did not answer in the contract's shape: treat as a server error (retried).
    return { status: 502, body: null }
  }
  const retryAfter = Number(answer.headers?.['retry-after'])
  return { status: answer.status, body: answer.body, ...(retryAfter > 0 ? { retryAfter } : {}) }
}

/** Development: the same action over HTTP to the local server (the embedded default's one SQLite store). */
async function callLocalServer(body: object): Promise<TransportResponse> {
  const response = await Taro.request({ url: WEAPP_FEEDBACK_URL, method: 'POST', header: { 'content-type': 'application/json' }, data: body })
  const retryAfter = Number((response.header as Record<string, string> | undefined)?.['retry-after'] ?? (response.header as Record<string, string> | undefined)?.['Retry-After'])
  return { status: response.statusCode, body: response.data, ...(retryAfter > 0 ? { retryAfter } : {}) }
}
