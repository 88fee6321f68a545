/**
 * How the app reaches the suggestion handler on H5: `POST /api/feedback` on
 * the same origin (the local server). The WeChat build replaces this file
 * with feedback-transport.weapp.ts, which calls the cloud function.
 */
import type { TransportResponse } from '../feedback/outbox'

const FEEDBACK_ENDPOINT = '/api/feedback'

/** Posts one action to the handler; rejects only when the network fails. */
export async function callFeedback(body: object): Promise<TransportResponse> {
  const response = await fetch(FEEDBACK_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  let parsed: unknown = null
  try {
    parsed = await response.json()
  } catch {
    // a proxy's HTML error page or an empty body: the status says enough
  }
  const retryAfter = Number(response.headers.get('retry-after'))
  return { status: response.status, body: parsed, ...(retryAfter > 0 ? { retryAfter } : {}) }
}
