import { describe, expect, it } from 'vitest'
import { handlerEventOf, httpAnswerOf, httpClientAddress, isHttpAccessEvent } from '../../../cloudfunctions/feedback/http-access'

const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' }) => ({ httpMethod: 'POST', path: '/api/feedback', headers, body })

describe('CloudBase HTTP access', () => {
  it('unwraps a JSON POST (plain or base64) into the handler event', () => {
    expect(isHttpAccessEvent(post('{}'))).toBe(true)
    expect(isHttpAccessEvent({ action: 'mine' })).toBe(false)
    expect(handlerEventOf(post('{"action":"mine"}'))).toEqual({ ok: true, event: { action: 'mine' } })
    expect(handlerEventOf({ ...post(''), body: Buffer.from('{"action":"whoami"}').toString('base64'), isBase64Encoded: true })).toEqual({ ok: true, event: { action: 'whoami' } })
  })

  it('refuses what the local server refuses: other methods, other content types, broken JSON', () => {
    expect(handlerEventOf({ httpMethod: 'GET', headers: {} })).toEqual({ ok: false, result: { status: 405, body: { error: { code: 'method_not_allowed' } } } })
    expect(handlerEventOf(post('a=1', { 'content-type': 'application/x-www-form-urlencoded' }))).toEqual({ ok: false, result: { status: 415, body: { error: { code: 'unsupported_media_type' } } } })
    expect(handlerEventOf(post('{oops'))).toEqual({ ok: false, result: { status: 400, body: { error: { code: 'bad_json' } } } })
  })

  it('answers the handler result as HTTP, no-store, with its headers; the client address from the first forwarded hop', () => {
    expect(httpAnswerOf({ status: 429, body: { error: { code: 'too_many_attempts' } }, headers: { 'retry-after': '60' } })).toEqual({
      statusCode: 429,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '60' },
      body: '{"error":{"code":"too_many_attempts"}}',
      isBase64Encoded: false,
    })
    expect(httpClientAddress(post('{}', { 'X-Forwarded-For': '10.0.0.7, 172.16.0.1' }))).toBe('10.0.0.7')
    expect(httpClientAddress(post('{}', {}))).toBeUndefined()
  })
})
