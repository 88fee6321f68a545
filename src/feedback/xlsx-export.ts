/**
 * The secretariat's spreadsheet (.xlsx, written with exceljs): one row per
 * suggestion with everything a secretary needs, typed as Excel should keep it
 * (times and 期限 as dates in Beijing time, receipt and phone as text so
 * 13800138000 never becomes 1.38E+10), a frozen header with filters, and a
 * second sheet 统计 with the counts, per office and per card. Runs on the
 * local server and in the cloud function, never in the app.
 */
import ExcelJS from 'exceljs'
import { compareCardIds } from './card-id'
import { countsByCard, countsByOffice, deskCounts, DESK_COUNT_NAMES } from './desk-view'
import type { Offices } from './offices'
import type { Roster, Suggestion } from './types'
import { daysOpen, isOverdue } from './workflow'

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const XLSX_FILE_NAME = '代表建议.xlsx'
export const SUGGESTIONS_SHEET = '代表建议'
export const TALLY_SHEET = '统计'

export interface XlsxExportInput {
  suggestions: readonly Suggestion[]
  roster: Roster
  offices: Offices
  cardTitle?: (cardId: string) => string | undefined
  now: Date
}

const DATE_TIME = 'yyyy-mm-dd hh:mm'
const DATE = 'yyyy-mm-dd'
const TEXT = '@'

type Kind = 'text' | 'long' | 'dateTime' | 'date' | 'number'

interface Column {
  header: string
  width: number
  kind: Kind
  value: (s: Suggestion, input: XlsxExportInput) => string | number | Date | null
}

const BEIJING_OFFSET_MS = 8 * 3600_000

/**
 * Excel has no time zones: a cell holds a wall-clock time. Shift the instant
 * so the cell reads as Beijing time.
 */
function beijingWallClock(iso: string | null): Date | null {
  if (!iso) return null
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : new Date(t + BEIJING_OFFSET_MS)
}

/** "2022-08-31" → that day at 00:00 in the cell. */
function calendarDate(date: string | null): Date | null {
  if (!date) return null
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

const nameOf = (roster: Roster, code: string | null) => (code ? (roster.get(code)?.name ?? code) : null)

const COLUMNS: Column[] = [
  { header: '回执编号', width: 14, kind: 'text', value: (s) => s.receipt },
  { header: '提交时间', width: 17, kind: 'dateTime', value: (s) => beijingWallClock(s.createdAt) },
  { header: '代表编码', width: 10, kind: 'text', value: (s) => s.delegateCode },
  { header: '姓名', width: 10, kind: 'text', value: (s, { roster }) => roster.get(s.delegateCode)?.name ?? null },
  { header: '代表小组', width: 16, kind: 'text', value: (s, { roster }) => roster.get(s.delegateCode)?.delegation ?? null },
  { header: '身份', width: 8, kind: 'text', value: (s, { roster }) => roster.get(s.delegateCode)?.role ?? null },
  { header: '卡片', width: 11, kind: 'text', value: (s) => s.cardId },
  { header: '卡片标题', width: 24, kind: 'text', value: (s, { cardTitle }) => cardTitle?.(s.cardId) ?? null },
  { header: '标题', width: 28, kind: 'text', value: (s) => s.title },
  { header: '内容', width: 50, kind: 'long', value: (s) => s.content },
  { header: '手机号', width: 14, kind: 'text', value: (s) => s.phone },
  {
    header: '附议代表',
    width: 20,
    kind: 'text',
    value: (s, { roster }) =>
      s.cosigners
        .filter((c) => c.state === 'confirmed')
        .map(({ code }) => (roster.get(code) ? `${code} ${roster.get(code)!.name}` : code))
        .join('、') || null,
  },
  { header: '状态', width: 8, kind: 'text', value: (s) => s.status },
  { header: '承办单位', width: 24, kind: 'text', value: (s) => s.office },
  { header: '交办时间', width: 17, kind: 'dateTime', value: (s) => beijingWallClock(s.assignedAt) },
  { header: '期限', width: 12, kind: 'date', value: (s) => calendarDate(s.deadline) },
  { header: '办理天数', width: 9, kind: 'number', value: (s, { now }) => daysOpen(s, now) },
  { header: '逾期', width: 6, kind: 'text', value: (s, { now }) => (isOverdue(s, now) ? '是' : '否') },
  { header: '答复', width: 50, kind: 'long', value: (s) => s.answer },
  { header: '答复时间', width: 17, kind: 'dateTime', value: (s) => beijingWallClock(s.answeredAt) },
  { header: '答复人', width: 10, kind: 'text', value: (s, { roster }) => nameOf(roster, s.answeredBy) },
  { header: '满意度', width: 9, kind: 'text', value: (s) => s.rating },
  { header: '评价意见', width: 30, kind: 'long', value: (s) => s.ratingComment },
  { header: '评价时间', width: 17, kind: 'dateTime', value: (s) => beijingWallClock(s.ratedAt) },
]

export const XLSX_HEADERS: readonly string[] = COLUMNS.map((c) => c.header)

const FORMATS: Record<Kind, string | undefined> = { text: TEXT, long: TEXT, dateTime: DATE_TIME, date: DATE, number: '0' }

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true }
  row.alignment = { vertical: 'middle' }
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3EEE8' } }
}

function suggestionsSheet(workbook: ExcelJS.Workbook, input: XlsxExportInput): void {
  const sheet = workbook.addWorksheet(SUGGESTIONS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, style: { numFmt: FORMATS[c.kind] } }))
  styleHeader(sheet.getRow(1))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } }

  const sorted = [...input.suggestions].sort((a, b) => compareCardIds(a.cardId, b.cardId) || Number(a.id) - Number(b.id))
  for (const s of sorted) {
    const row = sheet.addRow(COLUMNS.map((c) => c.value(s, input)))
    COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1)
      // exceljs writes a string as a string cell: never a formula, whatever it starts with.
      cell.numFmt = FORMATS[c.kind]!
      if (c.kind === 'long') cell.alignment = { wrapText: true, vertical: 'top' }
      else cell.alignment = { vertical: 'top' }
    })
  }
}

function tallySheet(workbook: ExcelJS.Workbook, input: XlsxExportInput): void {
  const sheet = workbook.addWorksheet(TALLY_SHEET)
  sheet.columns = [{ width: 30 }, { width: 24 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 10 }]
  const heading = (text: string) => {
    const row = sheet.addRow([text])
    row.font = { bold: true, size: 13 }
  }

  heading('总体')
  const counts = deskCounts(input.suggestions, input.now)
  styleHeader(sheet.addRow(['建议总数', ...DESK_COUNT_NAMES]))
  sheet.addRow([input.suggestions.length, ...DESK_COUNT_NAMES.map((name) => counts[name])])
  sheet.addRow([])

  heading('按承办单位')
  styleHeader(sheet.addRow(['承办单位', '交办件数', '办理中', '已答复', '逾期', '满意', '基本满意', '不满意']))
  for (const t of countsByOffice(input.suggestions, input.offices, input.now))
    sheet.addRow([t.office, t.total, t.办理中, t.已答复, t.逾期, t.满意, t.基本满意, t.不满意])
  sheet.addRow([])

  heading('按卡片')
  styleHeader(sheet.addRow(['卡片标题', '卡片', '建议件数']))
  for (const t of countsByCard(input.suggestions, input.cardTitle)) sheet.addRow([t.cardTitle ?? t.cardId, t.cardId, t.count])
}

/** The workbook as the bytes of an .xlsx file. */
export async function suggestionsXlsx(input: XlsxExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '牛塘报告 · 人大办'
  workbook.created = input.now
  suggestionsSheet(workbook, input)
  tallySheet(workbook, input)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
