/** What the 我的 page shows of the report: bookmarked cards with their place, and cards read per part. */
import type { PartProgress } from '../../components/reading-progress'
import { findCard, sectionOf } from '../../report/reading-order'
import type { Report } from '../../report/types'

export interface BookmarkedCard {
  id: string
  title: string
  /** e.g. 疫情防控筑牢内外屏障 */
  section: string
}

/** The bookmarks still naming a card of the report, newest first as stored. */
export function bookmarkedCards(report: Report, bookmarks: readonly string[]): BookmarkedCard[] {
  return bookmarks.flatMap((id) => {
    const card = findCard(report, id)
    if (!card) return []
    return [{ id, title: card.title, section: sectionOf(report, id)?.topic ?? '' }]
  })
}

/** Cards read per part, counting each card of the report once. */
export function progressByPart(report: Report, readCards: readonly string[]): PartProgress[] {
  const read = new Set(readCards)
  return report.parts.map((part) => {
    const cards = part.sections.flatMap((section) => section.cards)
    return {
      id: part.id,
      title: part.title.replace(/^\d{4}年/, ''),
      read: cards.filter((card) => read.has(card.id)).length,
      total: cards.length,
    }
  })
}
