/** What was done ↔ what comes next: the related cards and progress pairs of a card. */
import generatedLinks from './data/links.json'
import type { ReportLinks } from './links-file'
import { report as fullReport } from './report'
import { cardsInOrder, sectionIdOf } from './reading-order'
import type { Card, Figure, Report } from './types'

/** The links of the report the app shows (generated: data/links.json, see links-file.ts). */
const { sections: SECTION_LINKS, cards: CARD_LINKS, progress: PROGRESS_LINKS } = generatedLinks as ReportLinks

export interface PlacedFigure {
  figure: Figure
  cardId: string
}

export interface ProgressPair {
  caption: string
  /** What the first half reported */
  done: PlacedFigure
  /** What the second half sets out to do */
  goal: PlacedFigure
}

/** The plan sections tied to a review section, or the review sections tied to a plan section. */
export function relatedSectionIds(sectionId: string): string[] {
  if (sectionId.startsWith('review-'))
    return SECTION_LINKS.find((link) => link.review === sectionId)?.plan.slice() ?? []
  return SECTION_LINKS.filter((link) => link.plan.includes(sectionId)).map((link) => link.review)
}

/**
 * The cards of the other part about the same work, in reading order: the
 * reviewed card pairs, or, when a card has none, the cards of the tied sections.
 */
export function relatedCards(cardId: string, source: Report = fullReport): Card[] {
  const paired = new Set(
    CARD_LINKS.flatMap((link) =>
      link.review === cardId ? [link.plan] : link.plan === cardId ? [link.review] : [],
    ),
  )
  const cards = cardsInOrder(source)
  if (paired.size > 0) return cards.filter((card) => paired.has(card.id))
  const sectionId = sectionIdOf(cardId)
  if (!sectionId) return []
  const sections = new Set(relatedSectionIds(sectionId))
  return cards.filter((card) => sections.has(sectionIdOf(card.id) ?? ''))
}

function placeFigure(source: Report, figureId: string): PlacedFigure | undefined {
  for (const card of cardsInOrder(source)) {
    const figure = card.figures.find((candidate) => candidate.id === figureId)
    if (figure) return { figure, cardId: card.id }
  }
  return undefined
}

/** Every reviewed progress pair, with its figures looked up in the report. */
export function allProgressPairs(source: Report = fullReport): ProgressPair[] {
  return PROGRESS_LINKS.flatMap((link) => {
    const done = placeFigure(source, link.done)
    const goal = placeFigure(source, link.goal)
    return done && goal ? [{ caption: link.caption, done, goal }] : []
  })
}

/** The progress pairs where this card holds either side. */
export function progressPairs(cardId: string, source: Report = fullReport): ProgressPair[] {
  return allProgressPairs(source).filter((pair) => pair.done.cardId === cardId || pair.goal.cardId === cardId)
}
