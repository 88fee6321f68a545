/**
 * WeChat: the same actions go to the `feedback` cloud function, which runs the
 * same handler as the local server and answers `{ status, body, headers? }`.
 * The caller's OPENID comes with every call, so after a sign-in the function
 * knows the delegate even without the session.
 */
import Taro from '@tarojs/taro'
import type { TransportResponse } from '../feedback/outbox'

export async function callFeedback(body: object): Promise<TransportResponse> {
  const result = await Taro.cloud.callFunction({ name: 'feedback', data: body as Record<string, unknown> })
  const answer = result.result as (Partial<TransportResponse> & { headers?: Record<string, string> }) | undefined
  if (!answer || typeof answer.status !== 'number') {
    // The function ran but did not answer in the contract's shape: treat as a server error (retried).
    return { status: 502, body: null }
  }
  const retryAfter = Number(answer.headers?.['retry-after'])
  return { status: answer.status, body: answer.body, ...(retryAfter > 0 ? { retryAfter } : {}) }
}
