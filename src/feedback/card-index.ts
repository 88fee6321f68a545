/**
 * The report's cards as suggestions need them: which ids exist, and their
 * titles for the secretariat's list and CSV.
 */
import type { Report } from '../report/types'

export interface CardIndex {
  has(cardId: string): boolean
  title(cardId: string): string | undefined
}

export function cardIndexOf(report: Pick<Report, 'parts'>): CardIndex {
  const titles = new Map<string, string>()
  for (const part of report.parts) for (const section of part.sections) for (const card of section.cards) titles.set(card.id, card.title)
  return { has: (id) => titles.has(id), title: (id) => titles.get(id) }
}
