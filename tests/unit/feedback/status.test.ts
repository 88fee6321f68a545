import { describe, expect, it } from 'vitest'
import { applyStatusChange, canMoveTo, parseStatusChange } from '../../../src/feedback/status'
import type { Suggestion } from '../../../src/feedback/types'

const stored: Suggestion = {
  id: '1',
  receipt: 'NT-2022-0001',
  requestId: '00000000-0000-4000-8000-000000000001',
  delegateCode: 'NT0001',
  title: '建议增设公交站点',
  content: '牛塘片区居民出行不便,建议增设公交站点。',
  cardId: 'review-2-3',
  phone: null,
  cosigners: [],
  status: '已收到',
  answer: null,
  version: 1,
  createdAt: '2022-07-14T09:00:00.000Z',
  updatedAt: '2022-07-14T09:00:00.000Z',
}

describe('status progression', () => {
  it('moves only forward', () => {
    expect(canMoveTo('已收到', '已交办')).toBe(true)
    expect(canMoveTo('已收到', '已答复')).toBe(true)
    expect(canMoveTo('已交办', '已交办')).toBe(true)
    expect(canMoveTo('已答复', '已交办')).toBe(false)
    expect(canMoveTo('已交办', '已收到')).toBe(false)
  })

  it('refuses a step back and an answered status without an answer', () => {
    expect(applyStatusChange({ ...stored, status: '已交办' }, { status: '已收到' })).toEqual({ ok: false, code: 'status_backward' })
    expect(applyStatusChange(stored, { status: '已答复' })).toMatchObject({ ok: false, fields: { answer: '答复前请填写答复内容' } })
    expect(applyStatusChange(stored, { status: '已答复', answer: '已协调公交公司。' })).toEqual({
      ok: true,
      status: '已答复',
      answer: '已协调公交公司。',
    })
    expect(applyStatusChange({ ...stored, status: '已答复', answer: '旧答复' }, { answer: '新答复' })).toEqual({
      ok: true,
      status: '已答复',
      answer: '新答复',
    })
  })
})

describe('parseStatusChange', () => {
  it('accepts a status, an answer or both with the version shown, trimming the answer', () => {
    expect(parseStatusChange({ status: '已交办', version: 1 })).toEqual({ ok: true, value: { status: '已交办', version: 1 } })
    expect(parseStatusChange({ answer: '  已答复内容 ', version: 3 })).toEqual({ ok: true, value: { answer: '已答复内容', version: 3 } })
    expect(parseStatusChange({ answer: '   ', version: 1 })).toEqual({ ok: true, value: { answer: null, version: 1 } })
  })

  it('refuses anything else with Chinese messages', () => {
    expect(parseStatusChange({ version: 1 })).toEqual({ ok: false, fields: { status: '请填写状态或答复' } })
    expect(parseStatusChange({ status: '已交办' })).toEqual({ ok: false, fields: { version: '缺少版本号，请刷新页面后再保存' } })
    expect(parseStatusChange({ status: '已交办', version: '1' })).toEqual({ ok: false, fields: { version: '版本号格式不正确' } })
    expect(parseStatusChange({ status: 'done', version: 1 })).toEqual({ ok: false, fields: { status: '状态只能是已收到、已交办或已答复' } })
    expect(parseStatusChange({ answer: 'a\u0007b', version: 1 })).toEqual({ ok: false, fields: { answer: '答复不能包含控制字符' } })
    expect(parseStatusChange({ answer: '长'.repeat(2001), version: 1 })).toEqual({ ok: false, fields: { answer: '答复不能超过2000字' } })
    expect(parseStatusChange(null)).toEqual({ ok: false, fields: { status: '格式不正确' } })
    expect(parseStatusChange([])).toEqual({ ok: false, fields: { status: '格式不正确' } })
  })

  it('holds the answer to the same text rules as the sender: no lone surrogates, no bidi controls', () => {
    expect(parseStatusChange({ answer: '已办理\ud800完毕', version: 1 })).toEqual({ ok: false, fields: { answer: '答复含有无法识别的字符' } })
    for (const bidi of ['\u202a', '\u202e', '\u2066', '\u2069'])
      expect(parseStatusChange({ answer: `已办理${bidi}完毕`, version: 1 })).toEqual({ ok: false, fields: { answer: '答复不能包含文字方向控制字符' } })
    expect(parseStatusChange({ answer: '第一段。\n第二段。', version: 1 })).toMatchObject({ ok: true })
  })
})
