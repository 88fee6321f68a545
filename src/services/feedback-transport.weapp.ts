/**
 * WeChat: the same actions go to the `feedback` cloud function, which runs the
 * same handler as the local server and answers `{ status, body }`.
 */
import Taro from '@tarojs/taro'
import type { TransportResponse } from '../feedback/outbox'

export async function callFeedback(body: object): Promise<TransportResponse> {
  const result = await Taro.cloud.callFunction({ name: 'feedback', data: body as Record<string, unknown> })
  const answer = result.result as Partial<TransportResponse> | undefined
  if (!answer || typeof answer.status !== 'number') {
    // The function ran but did not answer in the contract's shape: treat as a server error (retried).
    return { status: 502, body: null }
  }
  return { status: answer.status, body: answer.body }
}
