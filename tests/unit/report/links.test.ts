import { describe, expect, it } from 'vitest'
import { CARD_LINKS, PROGRESS_LINKS, SECTION_LINKS } from '../../../src/report/links-data'
import { allProgressPairs, progressPairs, relatedCards, relatedSectionIds } from '../../../src/report/links'
import { cardsInOrder, sectionIdOf } from '../../../src/report/reading-order'
import { report } from '../../../src/report/report'

const part = (id: 'review' | 'plan') => report.parts.find((candidate) => candidate.id === id)!
const sectionIds = (id: 'review' | 'plan') => part(id).sections.map((section) => section.id)
const cardIds = new Set(cardsInOrder(report).map((card) => card.id))
const figureIds = new Set(cardsInOrder(report).flatMap((card) => card.figures.map((figure) => figure.id)))

describe('the reviewed links data', () => {
  it('names only sections, cards and figures that exist, each on the right side', () => {
    for (const link of SECTION_LINKS) {
      expect(sectionIds('review')).toContain(link.review)
      for (const plan of link.plan) expect(sectionIds('plan')).toContain(plan)
    }
    for (const link of CARD_LINKS) {
      expect(cardIds.has(link.review) && link.review.startsWith('review-'), link.review).toBe(true)
      expect(cardIds.has(link.plan) && link.plan.startsWith('plan-'), link.plan).toBe(true)
      expect(link.note.length).toBeGreaterThan(0)
    }
    for (const link of PROGRESS_LINKS) {
      expect(figureIds.has(link.done) && link.done.startsWith('review-'), link.done).toBe(true)
      expect(figureIds.has(link.goal) && link.goal.startsWith('plan-'), link.goal).toBe(true)
    }
  })

  it('ties every review section to a plan section and every plan section back', () => {
    for (const id of sectionIds('review')) expect(relatedSectionIds(id), id).not.toEqual([])
    for (const id of sectionIds('plan')) expect(relatedSectionIds(id), id).not.toEqual([])
    for (const id of sectionIds('plan'))
      for (const review of relatedSectionIds(id)) expect(relatedSectionIds(review)).toContain(id)
  })

  it('lists each card pair once', () => {
    const keys = CARD_LINKS.map((link) => `${link.review}|${link.plan}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('pairs quantities of the same unit', () => {
    for (const pair of allProgressPairs()) expect(pair.done.figure.unit).toBe(pair.goal.figure.unit)
    expect(allProgressPairs()).toHaveLength(PROGRESS_LINKS.length)
  })
})

describe('relatedCards', () => {
  it('gives every card of either part at least one card of the other part', () => {
    for (const card of cardsInOrder(report)) {
      const related = relatedCards(card.id)
      expect(related.length, card.id).toBeGreaterThan(0)
      const otherPart = card.id.startsWith('review-') ? 'plan-' : 'review-'
      for (const other of related) expect(other.id.startsWith(otherPart)).toBe(true)
    }
  })

  it('works both ways: a card lists its pair and the pair lists it back', () => {
    expect(relatedCards('review-4-2').map((card) => card.id)).toContain('plan-3-2')
    expect(relatedCards('plan-3-2').map((card) => card.id)).toContain('review-4-2')
    expect(relatedCards('plan-5-2').map((card) => card.id)).toEqual(['review-1-1', 'review-1-2', 'review-1-3'])
  })

  it('keeps card pairs inside the tied sections or says why not in the data', () => {
    // Cross-field pairs are allowed but must be deliberate: count them so a new one is noticed.
    const crossing = CARD_LINKS.filter(
      (link) => !relatedSectionIds(sectionIdOf(link.review)!).includes(sectionIdOf(link.plan)!),
    )
    expect(crossing.map((link) => `${link.review}→${link.plan}`)).toEqual(['review-5-1→plan-5-1', 'review-6-3→plan-4-3'])
  })

  it('answers nothing for an unknown id', () => {
    expect(relatedCards('nope')).toEqual([])
  })
})

describe('progressPairs', () => {
  it('shows the small water bodies: 34 treated in the first half, 35 remaining', () => {
    for (const cardId of ['review-4-2', 'plan-3-2']) {
      const pairs = progressPairs(cardId).filter((pair) => pair.caption.includes('小微水体'))
      expect(pairs).toHaveLength(1)
      const [pair] = pairs
      expect(pair!.done.figure.value).toBe(34)
      expect(pair!.goal.figure.value).toBe(35)
      expect(pair!.done.figure.unit).toBe('条')
      expect(pair!.done.cardId).toBe('review-4-2')
      expect(pair!.goal.cardId).toBe('plan-3-2')
    }
  })

  it('finds the pair from the sentence that holds each figure', () => {
    for (const pair of allProgressPairs()) {
      for (const side of [pair.done, pair.goal]) {
        const card = cardsInOrder(report).find((candidate) => candidate.id === side.cardId)!
        expect(card.items[side.figure.item]).toContain(side.figure.text)
      }
    }
  })

  it('is empty for a card without a counted goal', () => {
    expect(progressPairs('review-1-1')).toEqual([])
  })
})
