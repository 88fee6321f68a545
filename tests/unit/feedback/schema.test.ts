import { describe, expect, it } from 'vitest'
import { parseFeedbackRequest, validateSuggestion } from '../../../src/feedback/schema'

const good = { title: '建议增设公交站点', content: '牛塘片区居民出行不便,建议增设公交站点。', cardId: 'review-2-3' }
const fieldsOf = (input: unknown, rules = {}) => {
  const result = validateSuggestion(input, rules)
  return result.ok ? {} : result.fields
}

describe('validateSuggestion', () => {
  it('accepts a plain suggestion and trims its text', () => {
    const result = validateSuggestion({ ...good, title: '  建议增设公交站点 \n', phone: '', cosigners: [] })
    expect(result).toEqual({ ok: true, value: { ...good, cosigners: [] } })
  })

  it('counts characters, not UTF-16 units, for the title length', () => {
    expect(fieldsOf({ ...good, title: '😀😀😀' })).toEqual({ title: '标题至少4个字' })
    expect(fieldsOf({ ...good, title: '😀😀😀😀' })).toEqual({})
    expect(fieldsOf({ ...good, title: '字'.repeat(50) })).toEqual({})
    expect(fieldsOf({ ...good, title: '字'.repeat(51) })).toEqual({ title: '标题不能超过50字' })
  })

  it('measures length after trimming', () => {
    expect(fieldsOf({ ...good, title: '  一二三  ' })).toEqual({ title: '标题至少4个字' })
    expect(fieldsOf({ ...good, title: '   ' })).toEqual({ title: '请填写标题' })
  })

  it('checks the content length bounds', () => {
    expect(fieldsOf({ ...good, content: '一二三四五六七八九' })).toEqual({ content: '内容至少10个字' })
    expect(fieldsOf({ ...good, content: '一二三四五六七八九十' })).toEqual({})
    expect(fieldsOf({ ...good, content: '长'.repeat(2000) })).toEqual({})
    expect(fieldsOf({ ...good, content: '长'.repeat(2001) })).toEqual({ content: '内容不能超过2000字' })
  })

  it('lets content hold line breaks but not other control characters', () => {
    expect(fieldsOf({ ...good, content: '第一段内容写在这里。\r\n\t第二段内容。' })).toEqual({})
    expect(fieldsOf({ ...good, content: '第一段内容写在这里。\u0000第二段' })).toEqual({ content: '内容不能包含控制字符' })
    expect(fieldsOf({ ...good, content: '第一段内容写在这里。\u0085第二段' })).toEqual({ content: '内容不能包含控制字符' })
    expect(fieldsOf({ ...good, title: '建议增设\n公交站点' })).toEqual({ title: '标题不能换行或包含控制字符' })
    expect(fieldsOf({ ...good, title: '建议增设\u001b公交' })).toEqual({ title: '标题不能换行或包含控制字符' })
  })

  it('rejects lone surrogates', () => {
    expect(fieldsOf({ ...good, title: '建议增设\ud800公交' })).toEqual({ title: '标题含有无法识别的字符' })
    expect(fieldsOf({ ...good, content: '第一段内容写在这里。\udc00第二段' })).toEqual({ content: '内容含有无法识别的字符' })
    expect(fieldsOf({ ...good, title: '建议增设😀公交' })).toEqual({})
  })

  it('rejects bidi embeddings, overrides and isolates in every text field', () => {
    for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(fieldsOf({ ...good, title: `建议增设${bidi}公交站点` })).toEqual({ title: '标题不能包含文字方向控制字符' })
      expect(fieldsOf({ ...good, content: `牛塘片区居民出行${bidi}不便,建议增设公交站点。` })).toEqual({ content: '内容不能包含文字方向控制字符' })
    }
  })

  it('keeps a title on one line: no line or paragraph separators', () => {
    expect(fieldsOf({ ...good, title: '建议增设\u2028公交站点' })).toEqual({ title: '标题只能写一行，不能换行' })
    expect(fieldsOf({ ...good, title: '建议增设\u2029公交站点' })).toEqual({ title: '标题只能写一行，不能换行' })
    expect(fieldsOf({ ...good, title: '建议增设\r公交站点' })).toEqual({ title: '标题不能换行或包含控制字符' })
  })

  it('names missing and mistyped fields', () => {
    expect(fieldsOf({})).toEqual({ title: '请填写标题', content: '请填写内容', cardId: '请选择相关的报告卡片' })
    expect(fieldsOf({ ...good, title: 12345 })).toEqual({ title: '标题格式不正确' })
    expect(fieldsOf(null)).toEqual({ suggestion: '请填写建议' })
  })

  it('checks the card id shape, and the report when told', () => {
    expect(fieldsOf({ ...good, cardId: 'plan-1-1' })).toEqual({})
    expect(fieldsOf({ ...good, cardId: 'review-2' })).toEqual({ cardId: '所选卡片不在报告中' })
    expect(fieldsOf({ ...good, cardId: '../etc' })).toEqual({ cardId: '所选卡片不在报告中' })
    expect(fieldsOf({ ...good, cardId: 'review-9-9' }, { isKnownCardId: (id: string) => id === 'review-2-3' })).toEqual({
      cardId: '所选卡片不在报告中',
    })
  })

  it('accepts only a mainland mobile number', () => {
    expect(fieldsOf({ ...good, phone: '13912345678' })).toEqual({})
    expect(validateSuggestion({ ...good, phone: ' 13912345678 ' })).toMatchObject({ value: { phone: '13912345678' } })
    for (const phone of ['12912345678', '1391234567', '139123456789', '+8613912345678', '1391234567a', 13912345678])
      expect(fieldsOf({ ...good, phone })).toEqual({ phone: '请填写11位手机号' })
    expect(fieldsOf({ ...good, phone: null })).toEqual({})
  })

  it('checks co-signers: shape, count, duplicates, the sender, the roster', () => {
    const codes = Array.from({ length: 21 }, (_, i) => `NT${String(i + 1).padStart(4, '0')}`)
    expect(fieldsOf({ ...good, cosigners: codes.slice(0, 20) })).toEqual({})
    expect(fieldsOf({ ...good, cosigners: codes })).toEqual({ cosigners: '附议代表最多20位' })
    expect(fieldsOf({ ...good, cosigners: ['NT0001', 'nt0001'] })).toEqual({ cosigners: '附议代表有重复' })
    expect(fieldsOf({ ...good, cosigners: ['NT0001'] }, { senderCode: 'nt0001' })).toEqual({ cosigners: '不能附议自己的建议' })
    expect(fieldsOf({ ...good, cosigners: ['NT0001', 'NT0404'] }, { isKnownDelegate: (c: string) => c === 'NT0001' })).toEqual({
      cosigners: '附议代表NT0404不在名单中',
    })
    expect(fieldsOf({ ...good, cosigners: ['含空格 的'] })).toEqual({ cosigners: '附议代表编码格式不正确，请填写如 NT0002 的编码' })
    expect(fieldsOf({ ...good, cosigners: 'NT0001' })).toEqual({ cosigners: '附议代表格式不正确' })
    expect(validateSuggestion({ ...good, cosigners: [' nt0002 '] })).toMatchObject({ value: { cosigners: ['NT0002'] } })
  })
})

describe('parseFeedbackRequest', () => {
  const requestId = '3f1c9a52-5b7e-4b8e-9a51-0c6f1d2e3a4b'
  const session = 'a'.repeat(64)

  it('parses each action, taking the session when it has the shape of one', () => {
    expect(parseFeedbackRequest({ action: 'submit', requestId, session, suggestion: good })).toEqual({
      ok: true,
      value: { action: 'submit', requestId, session, suggestion: { ...good, cosigners: [] } },
    })
    expect(parseFeedbackRequest({ action: 'mine', session })).toEqual({ ok: true, value: { action: 'mine', session } })
    expect(parseFeedbackRequest({ action: 'whoami', session: 'not-a-session' })).toEqual({ ok: true, value: { action: 'whoami' } })
    expect(parseFeedbackRequest({ action: 'signin', delegateCode: 'nt0001', pin: '123456' })).toEqual({
      ok: true,
      value: { action: 'signin', delegateCode: 'nt0001', pin: '123456' },
    })
    expect(parseFeedbackRequest({ action: 'cosign', session, suggestionId: '7', accept: false })).toEqual({
      ok: true,
      value: { action: 'cosign', session, suggestionId: '7', accept: false },
    })
  })

  it('refuses unknown actions and non-objects', () => {
    for (const body of [null, [], 'submit', 7, {}, { action: 'delete' }, { action: ['submit'] }])
      expect(parseFeedbackRequest(body)).toEqual({ ok: false, fields: { action: '不支持的操作' } })
  })

  it('requires a uuid requestId, a code and pin to sign in, and a yes or no to co-sign', () => {
    expect(parseFeedbackRequest({ action: 'submit', requestId: 'x', suggestion: good })).toEqual({ ok: false, fields: { requestId: '请求编号无效' } })
    expect(parseFeedbackRequest({ action: 'signin' })).toEqual({ ok: false, fields: { delegateCode: '请填写代表编码', pin: '请填写口令' } })
    expect(parseFeedbackRequest({ action: 'cosign', suggestionId: '1', accept: 'yes' })).toEqual({
      ok: false,
      fields: { accept: '请选择附议或不附议' },
    })
  })

  it('reports nested suggestion fields by their own name', () => {
    const result = parseFeedbackRequest(
      { action: 'submit', requestId, suggestion: { ...good, content: '太短', cosigners: ['NT0001'] } },
      { senderCode: 'NT0001' },
    )
    expect(result).toEqual({ ok: false, fields: { content: '内容至少10个字', cosigners: '不能附议自己的建议' } })
  })
})
