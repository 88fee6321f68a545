import { describe, expect, it } from 'vitest'
import { cardMarks, cardsReadAloud, liveStops, stepTarget, stopIndex } from '../../../src/live/reading-order'
import { sectionMarks, sectionProgress } from '../../../src/live/section-progress'
import { reportOutline } from '../../../src/report/outline'
import { report } from '../../../src/report/report'

const stops = liveStops(report)
const ids = stops.map((stop) => `${stop.target.kind}:${stop.target.id}`)

describe('the reading order of live targets', () => {
  it('is the opening, each part intro, each section then its cards, then the paragraphs after the sections', () => {
    expect(ids.slice(0, 4)).toEqual(['paragraph:opening', 'paragraph:review-intro', 'section:review-1', 'card:review-1-1'])
    expect(ids.at(-1)).toBe('paragraph:plan-closing')
    const cards = report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards.map((card) => `card:${card.id}`)))
    expect(ids.filter((id) => id.startsWith('card:'))).toEqual(cards)
    expect(ids.filter((id) => id.startsWith('section:'))).toHaveLength(report.parts.reduce((n, part) => n + part.sections.length, 0))
    const paragraphs = report.parts.flatMap((part) => part.after.map((paragraph) => `paragraph:${paragraph.id}`))
    for (const id of paragraphs) expect(ids).toContain(id)
    expect(ids.indexOf('paragraph:review-shortcomings')).toBeLessThan(ids.indexOf('paragraph:plan-intro'))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('titles a card with its section, as the banner shows it', () => {
    expect(stops[stopIndex(stops, { kind: 'card', id: 'review-2-1' })]!.title).toBe('二、经济发展保持稳健态势 · 经济运行承压回升')
    expect(stops[stopIndex(stops, { kind: 'section', id: 'plan-3' })]!.title).toBe('三、加速刷新生态高颜值底色')
    expect(stops[0]!.title).toBe('开篇')
  })

  it('steps forward and back, staying at the ends, and starts at the opening', () => {
    expect(stepTarget(stops, null, 1)).toEqual({ kind: 'paragraph', id: 'opening' })
    expect(stepTarget(stops, { kind: 'card', id: 'review-1-3' }, 1)).toEqual({ kind: 'section', id: 'review-2' })
    expect(stepTarget(stops, { kind: 'section', id: 'review-2' }, -1)).toEqual({ kind: 'card', id: 'review-1-3' })
    expect(stepTarget(stops, stops[0]!.target, -1)).toEqual(stops[0]!.target)
    expect(stepTarget(stops, stops.at(-1)!.target, 1)).toEqual(stops.at(-1)!.target)
  })

  it('counts as 已宣读 the cards before the point reached (and that one too once the reading moved past it)', () => {
    const reached = { kind: 'card', id: 'review-2-2' } as const
    const read = cardsReadAloud(report, reached)
    expect([...read]).toEqual(['review-1-1', 'review-1-2', 'review-1-3', 'review-2-1'])
    expect(cardsReadAloud(report, reached, true).has('review-2-2')).toBe(true)
    expect(cardsReadAloud(report, null).size).toBe(0)
    expect(cardsReadAloud(report, { kind: 'paragraph', id: 'plan-closing' }).size).toBe(ids.filter((id) => id.startsWith('card:')).length)
  })
})

describe('how far the reading has got, on the cover', () => {
  it('marks the section being read and those before it', () => {
    const progress = sectionProgress(reportOutline.parts, { kind: 'card', id: 'review-3-2' })
    expect(progress.currentSectionId).toBe('review-3')
    expect([...progress.readSectionIds]).toEqual(['review-1', 'review-2'])
    expect(sectionProgress(reportOutline.parts, { kind: 'section', id: 'plan-1' }).readSectionIds.size).toBe(7)
  })

  it('places passages: the opening before all, an intro before its part, the rest after it', () => {
    expect(sectionProgress(reportOutline.parts, { kind: 'paragraph', id: 'opening' }).readSectionIds.size).toBe(0)
    expect(sectionProgress(reportOutline.parts, { kind: 'paragraph', id: 'plan-intro' }).readSectionIds.size).toBe(7)
    expect(sectionProgress(reportOutline.parts, { kind: 'paragraph', id: 'review-thanks' }).readSectionIds.size).toBe(7)
    expect(sectionProgress(reportOutline.parts, { kind: 'paragraph', id: 'plan-closing' }).readSectionIds.size).toBe(13)
    expect(sectionProgress(reportOutline.parts, null)).toEqual({ currentSectionId: null, readSectionIds: new Set() })
  })
})

describe('the marks on the pages', () => {
  it('marks the card being read and those before it; after the end, everything up to the last one heard', () => {
    const during = cardMarks(report, { current: { kind: 'card', id: 'review-1-2' }, reached: { kind: 'card', id: 'review-1-2' } })
    expect([...during]).toEqual([
      ['review-1-1', 'read'],
      ['review-1-2', 'reading'],
    ])
    const after = cardMarks(report, { current: null, reached: { kind: 'card', id: 'review-1-2' } })
    expect([...after]).toEqual([
      ['review-1-1', 'read'],
      ['review-1-2', 'read'],
    ])
    expect(cardMarks(report, { current: null, reached: null }).size).toBe(0)
  })

  it('marks the cover tile being read and the tiles before it', () => {
    const during = sectionMarks(reportOutline.parts, { current: { kind: 'card', id: 'review-2-4' }, reached: null })
    expect([...during]).toEqual([
      ['review-1', 'read'],
      ['review-2', 'reading'],
    ])
    const after = sectionMarks(reportOutline.parts, { current: null, reached: { kind: 'section', id: 'review-2' } })
    expect(after.get('review-2')).toBe('read')
  })
})
