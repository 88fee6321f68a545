/**
 * The secretariat's CSV: UTF-8 with a BOM so Excel opens it as Chinese,
 * rows grouped by card in report order, and every cell that a spreadsheet
 * could read as a formula neutralised with a leading apostrophe. 附议 lists
 * only the co-signers who confirmed. The workflow's columns (答复时间, 承办单位,
 * 期限, 满意度, 评价意见) come after today's, so a sheet built on the old ones
 * still lines up; the .xlsx (src/feedback/xlsx-export.ts) has every field typed.
 */
import { compareCardIds } from '../../src/feedback/card-id'
import type { Roster, Suggestion } from '../../src/feedback/types'

const HEADER = ['卡片', '卡片标题', '回执编号', '提交时间', '代表编码', '姓名', '代表小组', '身份', '标题', '内容', '手机号', '附议', '状态', '答复', '答复时间', '承办单位', '期限', '满意度', '评价意见']

/** = + - @ start a formula; a leading tab or CR can hide one. */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

/** "2022-07-14T09:00:00.000Z" → "2022-07-14 17:00:00" (Beijing time, as the secretariat reads it). */
export function beijingTime(iso: string): string {
  const t = new Date(iso)
  if (Number.isNaN(t.getTime())) return iso
  return new Date(t.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 19)
}

export function suggestionsCsv(
  suggestions: readonly Suggestion[],
  roster: Roster,
  cardTitle: (cardId: string) => string | undefined = () => undefined,
): string {
  const sorted = [...suggestions].sort((a, b) => compareCardIds(a.cardId, b.cardId) || Number(a.id) - Number(b.id) || a.createdAt.localeCompare(b.createdAt))
  const rows = sorted.map((s) => {
    const delegate = roster.get(s.delegateCode)
    return [
      s.cardId,
      cardTitle(s.cardId) ?? '',
      s.receipt,
      beijingTime(s.createdAt),
      s.delegateCode,
      delegate?.name ?? '',
      delegate?.delegation ?? '',
      delegate?.role ?? '',
      s.title,
      s.content,
      s.phone ?? '',
      s.cosigners
        .filter((c) => c.state === 'confirmed')
        .map(({ code }) => (roster.get(code) ? `${code} ${roster.get(code)!.name}` : code))
        .join('、'),
      s.status,
      s.answer ?? '',
      s.answeredAt ? beijingTime(s.answeredAt) : '',
      s.office ?? '',
      s.deadline ?? '',
      s.rating ?? '',
      s.ratingComment ?? '',
    ]
  })
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
