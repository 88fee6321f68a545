import { describe, expect, it } from 'vitest'
import { signInFieldErrors, signInRefusal } from '../../../src/feedback/sign-in-copy'

describe('sign-in copy', () => {
  it('checks code and pin before anything is sent', () => {
    expect(signInFieldErrors('', '')).toEqual({ delegateCode: '请填写代表证上的代表编码', pin: '请填写代表证上的口令' })
    expect(signInFieldErrors('NT0001', '12345')).toEqual({ pin: '口令为6位数字' })
    expect(signInFieldErrors('NT0001', ' 012345 ')).toEqual({})
  })

  it('says the same for an unknown code and a wrong pin, and how long to wait when throttled', () => {
    expect(signInRefusal(401, { error: { code: 'bad_credentials' } })).toBe('代表编码或口令不正确')
    expect(signInRefusal(429, { error: { code: 'too_many_attempts' } }, 600)).toBe('尝试次数过多，请 10 分钟后再试')
    expect(signInRefusal(429, { error: { code: 'too_many_attempts' } }, 61)).toBe('尝试次数过多，请 2 分钟后再试')
    expect(signInRefusal(429, null, 5)).toBe('尝试次数过多，请 1 分钟后再试')
    expect(signInRefusal(403, { error: { code: 'bound_elsewhere' } })).toBe('此代表编码已在其他微信上登录，请联系人大办重置')
    expect(signInRefusal(503, null)).toBe('暂时无法登录，请稍后再试')
  })
})
