/**
 * What the app says about signing in, shared by the form and its tests: the
 * checks before sending, and the server's refusals in the sender's words.
 */
import type { FieldErrors } from './types'

export const PIN_INPUT_PATTERN = /^\d{6}$/

/** Code and pin as typed → the messages to show beside the fields, if any. */
export function signInFieldErrors(code: string, pin: string): FieldErrors {
  const errors: FieldErrors = {}
  if (code.trim() === '') errors.delegateCode = '请填写代表证上的代表编码'
  if (pin.trim() === '') errors.pin = '请填写代表证上的口令'
  else if (!PIN_INPUT_PATTERN.test(pin.trim())) errors.pin = '口令为6位数字'
  return errors
}

/** A refused sign-in in Chinese: 401, 429 (with its wait in whole minutes), 403 and the rest. */
export function signInRefusal(status: number, body: unknown, retryAfterSeconds?: number): string {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code
  if (status === 401) return '代表编码或口令不正确'
  if (status === 429) return `尝试次数过多，请 ${Math.max(1, Math.ceil((retryAfterSeconds ?? 900) / 60))} 分钟后再试`
  if (status === 403 && code === 'bound_elsewhere') return '此代表编码已在其他微信上登录，请联系人大办重置'
  if (status === 400) return '代表编码或口令格式不正确'
  return '暂时无法登录，请稍后再试'
}
