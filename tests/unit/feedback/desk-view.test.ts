import { describe, expect, it } from 'vitest'
import {
  COUNT_FILTERS,
  countsByCard,
  countsByOffice,
  countsByStatus,
  deskCounts,
  matchesDeskFilter,
  pageOf,
  parseDeskQuery,
  DESK_COUNT_NAMES,
} from '../../../src/feedback/desk-view'
import { officesOf } from '../../../src/feedback/offices'
import { handled } from './handled-fixture'

const offices = officesOf([
  { name: '城市建设管理办公室', kind: '镇机关' },
  { name: '农业农村办公室', kind: '镇机关' },
  { name: '派出所', kind: '派驻机构' },
])
const now = new Date('2022-08-10T02:00:00.000Z')

const items = [
  handled(1),
  handled(2, { status: '已交办', office: '城市建设管理办公室', deadline: '2022-08-31', cardId: 'review-2-1' }),
  handled(3, { status: '已交办', office: '城市建设管理办公室', deadline: '2022-08-01', cardId: 'plan-1-2' }),
  handled(4, { status: '已答复', office: '农业农村办公室', deadline: '2022-08-01', rating: null, answer: '已办理' }),
  handled(5, { status: '已答复', office: '农业农村办公室', rating: '满意', answer: '已办理', delegateCode: 'NT0002' }),
  handled(6, { status: '重办', office: '城市建设管理办公室', deadline: '2022-08-05', rating: '不满意', answer: '已办理' }),
  handled(7, { status: '已交办', office: '其他单位', cardId: 'review-1-1' }),
]
const ids = (filter: Parameters<typeof matchesDeskFilter>[1]) => items.filter((s) => matchesDeskFilter(s, filter, now)).map((s) => Number(s.id))

describe('the desk filters', () => {
  it('by state, office, card, section, rating, overdue and delegate', () => {
    expect(ids({})).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(ids({ status: '已交办' })).toEqual([2, 3, 7])
    expect(ids({ office: '城市建设管理办公室' })).toEqual([2, 3, 6])
    expect(ids({ cardId: 'review-2-3' })).toEqual([1, 4, 5, 6])
    expect(ids({ section: 'review-2' })).toEqual([1, 2, 4, 5, 6])
    expect(ids({ section: 'plan-1' })).toEqual([3])
    expect(ids({ rating: '不满意' })).toEqual([6])
    expect(ids({ rating: '未评价' })).toEqual([4])
    expect(ids({ overdue: true })).toEqual([3, 6])
    expect(ids({ overdue: false })).toEqual([1, 2, 4, 5, 7])
    expect(ids({ delegateCode: 'NT0002' })).toEqual([5])
    expect(ids({ office: '城市建设管理办公室', overdue: true, status: '重办' })).toEqual([6])
  })
})

describe('the desk counts', () => {
  it('待交办 / 办理中 / 已答复 / 不满意 split every suggestion; 逾期 runs across them', () => {
    const counts = deskCounts(items, now)
    expect(counts).toEqual({ 待交办: 1, 办理中: 3, 已答复: 2, 不满意: 1, 逾期: 2 })
    expect(counts.待交办 + counts.办理中 + counts.已答复 + counts.不满意).toBe(items.length)
    // A count lists what it counts.
    for (const name of DESK_COUNT_NAMES) expect(ids(COUNT_FILTERS[name]).length, name).toBe(counts[name])
  })

  it('per status, per office (every listed office, then others) and per card in report order', () => {
    expect(countsByStatus(items)).toEqual({ 已收到: 1, 已交办: 3, 已答复: 2, 重办: 1 })
    expect(countsByOffice(items, offices, now)).toEqual([
      { office: '城市建设管理办公室', total: 3, 办理中: 3, 已答复: 0, 逾期: 2, 满意: 0, 基本满意: 0, 不满意: 1 },
      { office: '农业农村办公室', total: 2, 办理中: 0, 已答复: 2, 逾期: 0, 满意: 1, 基本满意: 0, 不满意: 0 },
      { office: '派出所', total: 0, 办理中: 0, 已答复: 0, 逾期: 0, 满意: 0, 基本满意: 0, 不满意: 0 },
      { office: '其他单位', total: 1, 办理中: 1, 已答复: 0, 逾期: 0, 满意: 0, 基本满意: 0, 不满意: 0 },
    ])
    expect(countsByCard(items, (id) => (id === 'plan-1-2' ? '抓好项目建设' : undefined))).toEqual([
      { cardId: 'review-1-1', cardTitle: null, count: 1 },
      { cardId: 'review-2-1', cardTitle: null, count: 1 },
      { cardId: 'review-2-3', cardTitle: null, count: 4 },
      { cardId: 'plan-1-2', cardTitle: '抓好项目建设', count: 1 },
    ])
  })
})

describe('the desk query', () => {
  it('reads every filter, the page size and the cursor; empty parameters are no filter', () => {
    expect(
      parseDeskQuery({ section: 'review-2', card: 'review-2-3', status: '重办', office: '派出所', rating: '未评价', overdue: '1', limit: '20', cursor: '40' }, offices),
    ).toEqual({
      ok: true,
      value: {
        filter: { section: 'review-2', cardId: 'review-2-3', status: '重办', office: '派出所', rating: '未评价', overdue: true },
        limit: 20,
        cursor: '40',
      },
    })
    expect(parseDeskQuery({ status: '', overdue: '0' })).toEqual({ ok: true, value: { filter: { overdue: false }, limit: 50 } })
  })

  it('says in Chinese which parameter is wrong', () => {
    expect(parseDeskQuery({ status: '办结' })).toEqual({ ok: false, fields: { status: '状态只能是已收到、已交办、已答复或重办' } })
    expect(parseDeskQuery({ office: '教育局' }, offices)).toEqual({ ok: false, fields: { office: '承办单位不在名单中' } })
    expect(parseDeskQuery({ rating: '好' })).toEqual({ ok: false, fields: { rating: '满意度只能是满意、基本满意、不满意或未评价' } })
    expect(parseDeskQuery({ overdue: 'yes' })).toEqual({ ok: false, fields: { overdue: '逾期筛选只能是1或0' } })
    expect(parseDeskQuery({ limit: '201' })).toEqual({ ok: false, fields: { limit: '每页条数须为1到200' } })
    expect(parseDeskQuery({ limit: '0' })).toEqual({ ok: false, fields: { limit: '每页条数须为1到200' } })
    expect(parseDeskQuery({ cursor: 'abc' })).toEqual({ ok: false, fields: { cursor: '翻页位置不正确' } })
    expect(parseDeskQuery({ card: 'review-2' })).toEqual({ ok: false, fields: { card: '卡片编号不正确' } })
    expect(parseDeskQuery({ section: 'x' })).toEqual({ ok: false, fields: { section: '篇章编号不正确' } })
  })

  it('pages oldest first with a cursor, null on the last page', () => {
    const first = pageOf(items, 3)
    expect(first.items.map((s) => s.id)).toEqual(['1', '2', '3'])
    expect(first.nextCursor).toBe('3')
    const second = pageOf(items, 3, first.nextCursor!)
    expect(second.items.map((s) => s.id)).toEqual(['4', '5', '6'])
    const last = pageOf(items, 3, second.nextCursor!)
    expect(last).toEqual({ items: [items[6]], nextCursor: null })
    expect(pageOf(items, 7)).toMatchObject({ nextCursor: null })
  })
})
