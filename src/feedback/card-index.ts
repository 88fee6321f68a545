/**
 * The report's cards (and the report-wide targets) as suggestions need them:
 * which ids exist, and their titles for the form, the secretariat's list and CSV.
 */
import type { Report } from '../report/types'
import { REPORT_TARGETS } from './card-id'

export interface CardIndex {
  has(cardId: string): boolean
  title(cardId: string): string | undefined
}

export function cardIndexOf(report: Pick<Report, 'parts'>): CardIndex {
  const titles = new Map<string, string>()
  // 报告总体, 开篇, 存在的不足, 结束语, 经济运行一览: suggestions about them are grouped like cards.
  for (const target of REPORT_TARGETS) titles.set(target.id, target.title)
  for (const part of report.parts) for (const section of part.sections) for (const card of section.cards) titles.set(card.id, card.title)
  return { has: (id) => titles.has(id), title: (id) => titles.get(id) }
}
