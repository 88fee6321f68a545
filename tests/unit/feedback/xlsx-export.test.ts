import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { officesOf } from '../../../src/feedback/offices'
import { suggestionsXlsx, SUGGESTIONS_SHEET, TALLY_SHEET, XLSX_HEADERS } from '../../../src/feedback/xlsx-export'
import { roster } from './fixtures'
import { handled } from './handled-fixture'

const offices = officesOf([
  { name: '城市建设管理办公室', kind: '镇机关' },
  { name: '农业农村办公室', kind: '镇机关' },
])
const now = new Date('2022-08-10T02:00:00.000Z')
const cardTitle = (id: string) => ({ 'review-2-3': '交通出行', 'plan-1-1': '项目建设' })[id]

const answeredOne = handled(2, {
  delegateCode: 'NT0002',
  cardId: 'review-2-3',
  title: '=HYPERLINK("http://x")',
  content: '第一行\n第二行',
  phone: '13800138000',
  cosigners: [
    { code: 'NT0001', state: 'confirmed' },
    { code: 'NT0101', state: 'declined' },
  ],
  createdAt: '2022-07-14T15:30:00.000Z',
  status: '已答复',
  office: '城市建设管理办公室',
  assignedAt: '2022-07-15T01:00:00.000Z',
  deadline: '2022-08-31',
  answer: '已安排增设站点。',
  answeredAt: '2022-07-20T06:15:00.000Z',
  answeredBy: 'NT9001',
  rating: '基本满意',
  ratingComment: '希望尽快落实',
  ratedAt: '2022-07-21T02:00:00.000Z',
})
const waiting = handled(1, { cardId: 'plan-1-1', status: '已交办', office: '农业农村办公室', deadline: '2022-08-01', assignedAt: '2022-07-15T01:00:00.000Z' })

async function open(buffer: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  return workbook
}

describe('the .xlsx export', () => {
  it('writes one row per suggestion under a frozen, filterable header', async () => {
    const workbook = await open(await suggestionsXlsx({ suggestions: [waiting, answeredOne], roster, offices, cardTitle, now }))
    const sheet = workbook.getWorksheet(SUGGESTIONS_SHEET)!
    expect(sheet.getRow(1).values).toEqual([undefined, ...XLSX_HEADERS])
    expect(XLSX_HEADERS).toEqual(
      expect.arrayContaining(['回执编号', '提交时间', '代表编码', '姓名', '代表小组', '卡片', '卡片标题', '标题', '内容', '手机号', '附议代表', '状态', '承办单位', '期限', '答复', '答复时间', '满意度', '评价意见']),
    )
    expect(sheet.rowCount).toBe(3)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.autoFilter).toBeTruthy()
    // Report order: the review's card before the plan's.
    expect(sheet.getRow(2).getCell(1).value).toBe('NT-2022-0002')
    expect(sheet.getRow(3).getCell(1).value).toBe('NT-2022-0001')
  })

  it('keeps receipt and phone as text, times and 期限 as dates in Beijing time, days as numbers', async () => {
    const workbook = await open(await suggestionsXlsx({ suggestions: [answeredOne], roster, offices, cardTitle, now }))
    const sheet = workbook.getWorksheet(SUGGESTIONS_SHEET)!
    const cell = (header: string) => sheet.getRow(2).getCell(XLSX_HEADERS.indexOf(header) + 1)

    expect(cell('回执编号').type).toBe(ExcelJS.ValueType.String)
    expect(cell('手机号').type).toBe(ExcelJS.ValueType.String)
    expect(cell('手机号').value).toBe('13800138000')
    expect(cell('手机号').numFmt).toBe('@')

    expect(cell('提交时间').type).toBe(ExcelJS.ValueType.Date)
    // 15:30 UTC is 23:30 on 7月14日 in Beijing: the cell reads the Beijing wall clock.
    expect((cell('提交时间').value as Date).toISOString()).toBe('2022-07-14T23:30:00.000Z')
    expect(cell('提交时间').numFmt).toBe('yyyy-mm-dd hh:mm')
    expect((cell('答复时间').value as Date).toISOString()).toBe('2022-07-20T14:15:00.000Z')
    expect(cell('期限').type).toBe(ExcelJS.ValueType.Date)
    expect((cell('期限').value as Date).toISOString()).toBe('2022-08-31T00:00:00.000Z')
    expect(cell('期限').numFmt).toBe('yyyy-mm-dd')
    expect(cell('办理天数').type).toBe(ExcelJS.ValueType.Number)
    expect(cell('办理天数').value).toBe(6)

    expect(cell('姓名').value).toBe('李秀英')
    expect(cell('代表小组').value).toBe('卢家巷片代表小组')
    expect(cell('卡片标题').value).toBe('交通出行')
    expect(cell('内容').value).toBe('第一行\n第二行')
    // Only confirmed co-signers.
    expect(cell('附议代表').value).toBe('NT0001 王建国')
    expect(cell('承办单位').value).toBe('城市建设管理办公室')
    expect(cell('答复人').value).toBe('周敏')
    expect(cell('满意度').value).toBe('基本满意')
    expect(cell('评价意见').value).toBe('希望尽快落实')
    // A title that looks like a formula is text, not a formula.
    expect(cell('标题').type).toBe(ExcelJS.ValueType.String)
    expect(cell('标题').value).toBe('=HYPERLINK("http://x")')
  })

  it('leaves what is not there yet empty and marks the overdue', async () => {
    const workbook = await open(await suggestionsXlsx({ suggestions: [waiting], roster, offices, cardTitle, now }))
    const sheet = workbook.getWorksheet(SUGGESTIONS_SHEET)!
    const cell = (header: string) => sheet.getRow(2).getCell(XLSX_HEADERS.indexOf(header) + 1)
    expect(cell('答复').type).toBe(ExcelJS.ValueType.Null)
    expect(cell('答复时间').type).toBe(ExcelJS.ValueType.Null)
    expect(cell('手机号').type).toBe(ExcelJS.ValueType.Null)
    expect(cell('逾期').value).toBe('是')
  })

  it('adds a sheet with the counts, per office and per card', async () => {
    const workbook = await open(await suggestionsXlsx({ suggestions: [waiting, answeredOne], roster, offices, cardTitle, now }))
    const sheet = workbook.getWorksheet(TALLY_SHEET)!
    const rows: unknown[][] = []
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    expect(rows).toContainEqual(['建议总数', '待交办', '办理中', '已答复', '不满意', '逾期'])
    expect(rows).toContainEqual([2, 0, 1, 1, 0, 1])
    expect(rows).toContainEqual(['城市建设管理办公室', 1, 0, 1, 0, 0, 1, 0])
    expect(rows).toContainEqual(['农业农村办公室', 1, 1, 0, 1, 0, 0, 0])
    expect(rows).toContainEqual(['交通出行', 'review-2-3', 1])
    expect(rows).toContainEqual(['项目建设', 'plan-1-1', 1])
  })
})
