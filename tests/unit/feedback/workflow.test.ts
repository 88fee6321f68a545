import { describe, expect, it } from 'vitest'
import { officesOf } from '../../../src/feedback/offices'
import {
  applyMove,
  applyMoves,
  beijingDate,
  daysOpen,
  isCalendarDate,
  isOverdue,
  lastChangeForSender,
  newHandling,
  parseDeskSave,
  parseRating,
  planDeskSave,
  timelineOf,
  type Handling,
  type MoveContext,
  type WorkflowMove,
} from '../../../src/feedback/workflow'

const offices = officesOf([
  { name: '城市建设管理办公室', kind: '镇机关' },
  { name: '农业农村办公室', kind: '镇机关' },
])
// 2022-07-20 10:00 in Beijing
const now = new Date('2022-07-20T02:00:00.000Z')
const staff: MoveContext = { actor: { code: 'NT9001', kind: 'staff' }, owner: 'NT0001', offices, now }
const sender: MoveContext = { ...staff, actor: { code: 'NT0001', kind: 'delegate' } }
const later = (ctx: MoveContext, hours: number): MoveContext => ({ ...ctx, now: new Date(now.getTime() + hours * 3600_000) })

function move(current: Handling, m: WorkflowMove, ctx: MoveContext): Handling {
  const outcome = applyMove(current, m, ctx)
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.message}`)
  return outcome.handling
}

function refusal(current: Handling, m: WorkflowMove, ctx: MoveContext) {
  const outcome = applyMove(current, m, ctx)
  if (outcome.ok) throw new Error('expected a refusal')
  return outcome.refusal
}

const assigned = () => move(newHandling(), { kind: 'assign', office: '城市建设管理办公室', deadline: '2022-08-31' }, staff)
const answered = () => move(assigned(), { kind: 'answer', answer: '已安排增设站点。' }, later(staff, 24))

describe('the workflow', () => {
  it('交办 hands a received suggestion to an office from the list, with an optional 期限, as a timeline entry', () => {
    const next = assigned()
    expect(next).toMatchObject({ status: '已交办', office: '城市建设管理办公室', deadline: '2022-08-31', assignedAt: now.toISOString() })
    expect(next.timeline).toEqual([
      { at: now.toISOString(), by: 'NT9001', action: 'assign', from: '已收到', to: '已交办', office: '城市建设管理办公室', deadline: '2022-08-31' },
    ])
    expect(move(newHandling(), { kind: 'assign', office: '农业农村办公室', deadline: null }, staff)).toMatchObject({ status: '已交办', deadline: null })
  })

  it('交办 needs an office of the list and a real date, from staff only', () => {
    expect(refusal(newHandling(), { kind: 'assign', office: ' ', deadline: null }, staff)).toEqual({ code: 'invalid', field: 'office', message: '请选择承办单位' })
    expect(refusal(newHandling(), { kind: 'assign', office: '教育局', deadline: null }, staff)).toEqual({ code: 'invalid', field: 'office', message: '请从承办单位名单中选择' })
    expect(refusal(newHandling(), { kind: 'assign', office: '农业农村办公室', deadline: '2022-02-30' }, staff).message).toBe('期限须为日期，如2022-08-31')
    // A 期限 already past is taken (work recorded late) and is overdue at once.
    const late = move(newHandling(), { kind: 'assign', office: '农业农村办公室', deadline: '2022-07-19' }, staff)
    expect(late.deadline).toBe('2022-07-19')
    expect(isOverdue(late, now)).toBe(true)
    expect(isOverdue(move(newHandling(), { kind: 'assign', office: '农业农村办公室', deadline: '2022-07-20' }, staff), now)).toBe(false)
    expect(refusal(newHandling(), { kind: 'assign', office: '农业农村办公室', deadline: null }, sender)).toEqual({
      code: 'forbidden',
      field: 'status',
      message: '只有人大办工作人员可以交办',
    })
  })

  it('may hand an assigned suggestion to another office or give it a new 期限, but not change nothing', () => {
    const moved = move(assigned(), { kind: 'assign', office: '农业农村办公室', deadline: '2022-08-31' }, later(staff, 1))
    expect(moved).toMatchObject({ status: '已交办', office: '农业农村办公室' })
    expect(moved.timeline.map((e) => [e.from, e.to, e.office])).toEqual([
      ['已收到', '已交办', '城市建设管理办公室'],
      ['已交办', '已交办', '农业农村办公室'],
    ])
    expect(refusal(assigned(), { kind: 'assign', office: '城市建设管理办公室', deadline: '2022-08-31' }, staff).code).toBe('unchanged')
  })

  it('答复 needs the answer; it records 答复时间 and who answered', () => {
    // 人大办 may answer a received one itself, with no office.
    expect(move(newHandling(), { kind: 'answer', answer: '已办理。' }, staff)).toMatchObject({ status: '已答复', office: null, answer: '已办理。', answeredBy: 'NT9001' })
    expect(refusal(assigned(), { kind: 'answer', answer: '   ' }, staff)).toEqual({ code: 'invalid', field: 'answer', message: '答复前请填写答复内容' })
    expect(refusal(assigned(), { kind: 'answer', answer: '已\u202e办理' }, staff).message).toBe('答复不能包含文字方向控制字符')
    expect(refusal(assigned(), { kind: 'answer', answer: '已办理' }, sender).code).toBe('forbidden')
    const next = answered()
    expect(next).toMatchObject({
      status: '已答复',
      answer: '已安排增设站点。',
      answeredAt: '2022-07-21T02:00:00.000Z',
      answeredBy: 'NT9001',
      rating: null,
    })
    expect(next.timeline.at(-1)).toEqual({ at: '2022-07-21T02:00:00.000Z', by: 'NT9001', action: 'answer', from: '已交办', to: '已答复', answer: '已安排增设站点。' })
  })

  it('an answer may be corrected until the delegate rates it; the 答复时间 stays', () => {
    const corrected = move(answered(), { kind: 'answer', answer: '已安排增设两处站点。' }, later(staff, 30))
    expect(corrected).toMatchObject({ status: '已答复', answer: '已安排增设两处站点。', answeredAt: '2022-07-21T02:00:00.000Z' })
    expect(corrected.timeline).toHaveLength(3)
    expect(refusal(answered(), { kind: 'answer', answer: '已安排增设站点。' }, staff).code).toBe('unchanged')
    const rated = move(answered(), { kind: 'rate', rating: '满意', comment: null }, sender)
    expect(refusal(rated, { kind: 'answer', answer: '改一改' }, staff)).toEqual({ code: 'wrong_state', field: 'answer', message: '代表已评价这次答复，答复不能再修改' })
  })

  it('an answered suggestion is not handed out again by the desk', () => {
    expect(refusal(answered(), { kind: 'assign', office: '农业农村办公室', deadline: null }, staff).code).toBe('wrong_state')
  })

  it('only the sender rates, only an answer, only once per answer', () => {
    expect(refusal(assigned(), { kind: 'rate', rating: '满意', comment: null }, sender)).toEqual({ code: 'wrong_state', field: 'rating', message: '答复后才能评价' })
    expect(refusal(answered(), { kind: 'rate', rating: '满意', comment: null }, staff)).toEqual({ code: 'forbidden', field: 'rating', message: '只有提出建议的代表可以评价' })
    expect(
      refusal(answered(), { kind: 'rate', rating: '满意', comment: null }, { ...sender, actor: { code: 'NT0002', kind: 'delegate' } }).code,
    ).toBe('forbidden')
    const rated = move(answered(), { kind: 'rate', rating: '基本满意', comment: ' 希望尽快落实 ' }, later(sender, 48))
    expect(rated).toMatchObject({ status: '已答复', rating: '基本满意', ratingComment: '希望尽快落实', ratedAt: '2022-07-22T02:00:00.000Z' })
    expect(rated.timeline.at(-1)).toEqual({ at: '2022-07-22T02:00:00.000Z', by: 'NT0001', action: 'rate', from: '已答复', to: '已答复', rating: '基本满意', comment: '希望尽快落实' })
    expect(refusal(rated, { kind: 'rate', rating: '满意', comment: null }, sender).message).toBe('这次答复已经评价过了')
    expect(refusal(answered(), { kind: 'rate', rating: '很好' as never, comment: null }, sender).code).toBe('invalid')
    expect(refusal(answered(), { kind: 'rate', rating: '满意', comment: '好'.repeat(501) }, sender)).toEqual({ code: 'invalid', field: 'comment', message: '评价意见不能超过500字' })
  })

  it('不满意 puts it into 重办: to the same or another office, and the next answer asks for a rating again', () => {
    const unhappy = move(answered(), { kind: 'rate', rating: '不满意', comment: '站点位置不合理' }, later(sender, 48))
    expect(unhappy).toMatchObject({ status: '重办', rating: '不满意', office: '城市建设管理办公室' })
    expect(unhappy.timeline.at(-1)).toMatchObject({ from: '已答复', to: '重办', rating: '不满意', comment: '站点位置不合理' })

    const reassigned = move(unhappy, { kind: 'assign', office: '农业农村办公室', deadline: '2022-09-15' }, later(staff, 50))
    expect(reassigned).toMatchObject({ status: '重办', office: '农业农村办公室', deadline: '2022-09-15' })

    const again = move(reassigned, { kind: 'answer', answer: '已调整站点位置。' }, later(staff, 72))
    expect(again).toMatchObject({ status: '已答复', answer: '已调整站点位置。', rating: null, ratingComment: null, answeredAt: '2022-07-23T02:00:00.000Z' })
    expect(move(again, { kind: 'rate', rating: '满意', comment: null }, later(sender, 80))).toMatchObject({ status: '已答复', rating: '满意' })
    expect(again.timeline.map((e) => `${e.from}→${e.to}`)).toEqual(['已收到→已交办', '已交办→已答复', '已答复→重办', '重办→重办', '重办→已答复'])
  })

  it('重办 keeps the 期限 unless a new one is given; past it, 重办 is overdue', () => {
    const unhappy = move(answered(), { kind: 'rate', rating: '不满意', comment: null }, sender)
    const sept = later(staff, 24 * 60)
    expect(unhappy.deadline).toBe('2022-08-31')
    expect(isOverdue(unhappy, sept.now)).toBe(true)
    const renewed = move(unhappy, { kind: 'assign', office: '城市建设管理办公室', deadline: '2022-09-30' }, sept)
    expect(renewed).toMatchObject({ status: '重办', deadline: '2022-09-30' })
    expect(isOverdue(renewed, sept.now)).toBe(false)
  })

  it('applies several moves as one change, or none', () => {
    const both = applyMoves(newHandling(), [{ kind: 'assign', office: '农业农村办公室', deadline: null }, { kind: 'answer', answer: '已办理。' }], staff)
    expect(both.ok && both.handling.status).toBe('已答复')
    expect(both.ok && both.entries.map((e) => e.action)).toEqual(['assign', 'answer'])
    const none = applyMoves(newHandling(), [{ kind: 'assign', office: '农业农村办公室', deadline: null }, { kind: 'answer', answer: '' }], staff)
    expect(none).toEqual({ ok: false, refusal: { code: 'invalid', field: 'answer', message: '答复前请填写答复内容' } })
  })
})

describe('days open and overdue (Beijing days)', () => {
  const created = '2022-07-14T15:30:00.000Z' // 7月14日 23:30 in Beijing
  it('counts calendar days from the day it came in to the answer, or to today', () => {
    expect(daysOpen({ createdAt: created, status: '已收到', answeredAt: null }, new Date('2022-07-14T15:59:00.000Z'))).toBe(0)
    expect(daysOpen({ createdAt: created, status: '已收到', answeredAt: null }, new Date('2022-07-14T16:01:00.000Z'))).toBe(1)
    expect(daysOpen({ createdAt: created, status: '已答复', answeredAt: '2022-07-18T01:00:00.000Z' }, new Date('2022-09-01T00:00:00.000Z'))).toBe(4)
    // Back in 重办 the clock runs again.
    expect(daysOpen({ createdAt: created, status: '重办', answeredAt: '2022-07-18T01:00:00.000Z' }, new Date('2022-07-24T01:00:00.000Z'))).toBe(10)
  })

  it('is overdue only when handed out, past the end of the 期限 day, and not answered', () => {
    const endOfDeadline = new Date('2022-08-31T15:59:59.000Z') // 23:59:59 on 8月31日 in Beijing
    const nextMorning = new Date('2022-08-31T16:00:00.000Z')
    expect(isOverdue({ status: '已交办', deadline: '2022-08-31' }, endOfDeadline)).toBe(false)
    expect(isOverdue({ status: '已交办', deadline: '2022-08-31' }, nextMorning)).toBe(true)
    expect(isOverdue({ status: '重办', deadline: '2022-08-31' }, nextMorning)).toBe(true)
    expect(isOverdue({ status: '已答复', deadline: '2022-08-31' }, nextMorning)).toBe(false)
    expect(isOverdue({ status: '已交办', deadline: null }, nextMorning)).toBe(false)
  })

  it('reads dates as Beijing dates and checks the calendar', () => {
    expect(beijingDate('2022-07-14T16:00:00.000Z')).toBe('2022-07-15')
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2022-02-29')).toBe(false)
    expect(isCalendarDate('2022-7-1')).toBe(false)
  })
})

describe('the timeline and the red dot', () => {
  it('starts with the submit and goes on with every move', () => {
    const h = answered()
    const story = timelineOf({ createdAt: '2022-07-19T01:00:00.000Z', delegateCode: 'NT0001', timeline: h.timeline })
    expect(story.map((e) => [e.action, e.from, e.to])).toEqual([
      ['submit', null, '已收到'],
      ['assign', '已收到', '已交办'],
      ['answer', '已交办', '已答复'],
    ])
  })

  it('the sender is told of 交办 and 答复, not of their own rating', () => {
    expect(lastChangeForSender(newHandling())).toBeNull()
    const h = answered()
    expect(lastChangeForSender(h)).toBe('2022-07-21T02:00:00.000Z')
    expect(lastChangeForSender(move(h, { kind: 'rate', rating: '满意', comment: null }, later(sender, 90)))).toBe('2022-07-21T02:00:00.000Z')
  })
})

describe('the desk save', () => {
  it('parses status, office, 期限 and answer with the version, in Chinese when wrong', () => {
    expect(parseDeskSave({ status: '已交办', office: ' 农业农村办公室 ', deadline: '', version: 2 })).toEqual({
      ok: true,
      value: { status: '已交办', office: '农业农村办公室', deadline: null, version: 2 },
    })
    expect(parseDeskSave({ status: '已交办' })).toEqual({ ok: false, fields: { version: '缺少版本号，请刷新页面后再保存' } })
    expect(parseDeskSave({ status: '已办结', version: 1 })).toEqual({ ok: false, fields: { status: '状态只能是已收到、已交办、已答复或重办' } })
    expect(parseDeskSave({ deadline: '2022-13-01', version: 1 })).toEqual({ ok: false, fields: { deadline: '期限须为日期，如2022-08-31' } })
    expect(parseDeskSave({ answer: '\ud800', version: 1 })).toEqual({ ok: false, fields: { answer: '答复含有无法识别的字符' } })
    expect(parseDeskSave({ version: 1 })).toEqual({ ok: false, fields: { status: '请填写状态或答复' } })
  })

  const plan = (current: Handling, body: Record<string, unknown>) => {
    const parsed = parseDeskSave({ version: 1, ...body })
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fields))
    return planDeskSave(current, parsed.value)
  }

  it('turns a save into moves: 已交办 is 交办; 已答复 from 已收到 with an office is both', () => {
    expect(plan(newHandling(), { status: '已交办', office: '农业农村办公室', deadline: '2022-08-01' })).toEqual({
      ok: true,
      moves: [{ kind: 'assign', office: '农业农村办公室', deadline: '2022-08-01' }],
    })
    expect(plan(newHandling(), { status: '已答复', office: '农业农村办公室', answer: '已办理。' })).toEqual({
      ok: true,
      moves: [
        { kind: 'assign', office: '农业农村办公室', deadline: null },
        { kind: 'answer', answer: '已办理。' },
      ],
    })
    expect(plan(assigned(), { status: '已答复', answer: '已办理。' })).toEqual({ ok: true, moves: [{ kind: 'answer', answer: '已办理。' }] })
    // Without a status, what is filled in says where it goes.
    expect(plan(assigned(), { answer: '已办理。' })).toEqual({ ok: true, moves: [{ kind: 'answer', answer: '已办理。' }] })
  })

  it('refuses going back, setting 重办 by hand, and an answer under 已交办', () => {
    expect(plan(answered(), { status: '已交办', office: '农业农村办公室' })).toEqual({ ok: false, refusal: { code: 'status_backward', field: 'status', message: '状态不能回退' } })
    expect(plan(assigned(), { status: '已收到' })).toMatchObject({ ok: false, refusal: { code: 'status_backward' } })
    expect(plan(assigned(), { status: '重办' })).toMatchObject({ ok: false, refusal: { code: 'wrong_state', message: '代表评价不满意后才会转入重办' } })
    expect(plan(assigned(), { status: '已交办', answer: '已办理。' })).toMatchObject({ ok: false, refusal: { field: 'answer', message: '填写答复请把状态改为已答复' } })
    // 已交办 without an office is refused when applied.
    const moves = plan(newHandling(), { status: '已交办' })
    expect(moves.ok && applyMoves(newHandling(), moves.moves, staff)).toEqual({ ok: false, refusal: { code: 'invalid', field: 'office', message: '请选择承办单位' } })
    // 已答复 straight from 已收到 without an office: 人大办 answers itself.
    expect(plan(newHandling(), { status: '已答复', answer: '已办理。' })).toEqual({ ok: true, moves: [{ kind: 'answer', answer: '已办理。' }] })
  })

  it('in 重办 the desk hands it on (it stays 重办) and answers again', () => {
    const unhappy = move(answered(), { kind: 'rate', rating: '不满意', comment: null }, sender)
    const onward = plan(unhappy, { status: '重办', office: '农业农村办公室' })
    expect(onward).toEqual({ ok: true, moves: [{ kind: 'assign', office: '农业农村办公室', deadline: '2022-08-31' }] })
    expect(onward.ok && applyMoves(unhappy, onward.moves, staff)).toMatchObject({ ok: true, handling: { status: '重办', office: '农业农村办公室' } })
    expect(plan(unhappy, { status: '已答复', answer: '已重新办理。' })).toEqual({ ok: true, moves: [{ kind: 'answer', answer: '已重新办理。' }] })
  })
})

describe('the delegate rating', () => {
  it('takes one of the three ratings and an optional comment', () => {
    expect(parseRating({ rating: '不满意', comment: '  ' })).toEqual({ ok: true, value: { rating: '不满意', comment: null } })
    expect(parseRating({ rating: '满意' })).toEqual({ ok: true, value: { rating: '满意', comment: null } })
    expect(parseRating({ rating: 'good' })).toEqual({ ok: false, fields: { rating: '请选择满意、基本满意或不满意' } })
    expect(parseRating({ rating: '满意', comment: 'a\u2066b' })).toEqual({ ok: false, fields: { comment: '评价意见不能包含文字方向控制字符' } })
  })
})
