/** Finding cards and moving through them in reading order (part by part: the review, then the plan, …). */
import type { Card, Part, Report, Section } from './types'

export function cardsInOrder(report: Report): Card[] {
  return report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards))
}

export function findCard(report: Report, id: string): Card | undefined {
  return cardsInOrder(report).find((card) => card.id === id)
}

export interface Neighbours {
  previous?: Card
  next?: Card
}

/** The cards before and after this one in reading order, across sections and parts. */
export function neighboursOf(report: Report, cardId: string): Neighbours {
  const cards = cardsInOrder(report)
  const at = cards.findIndex((card) => card.id === cardId)
  if (at < 0) return {}
  const previous = cards[at - 1]
  const next = cards[at + 1]
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) }
}

/** "review-2-3" → "review-2", "plan2-1-4" → "plan2-1" (a card id names its section); undefined for anything else. */
export function sectionIdOf(cardId: string): string | undefined {
  return /^([a-z]+\d*-\d+)-\d+$/.exec(cardId)?.[1]
}

export function sectionOf(report: Report, cardId: string): Section | undefined {
  const sectionId = sectionIdOf(cardId)
  return report.parts.flatMap((part) => part.sections).find((section) => section.id === sectionId)
}

export function partOf(report: Report, cardId: string): Part | undefined {
  return report.parts.find((part) => cardId.startsWith(`${part.id}-`))
}
