import { describe, expect, it } from 'vitest'
import { findCard } from '../../../src/report/reading-order'
import { report } from '../../../src/report/report'
import { shareTitleOf } from '../../../src/report/share-title'
import type { Card } from '../../../src/report/types'

function card(id: string): Card {
  const found = findCard(report, id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}

describe('shareTitleOf', () => {
  it('joins the card title and its first figure as the report states it', () => {
    const economy = card('review-2-1')
    expect(shareTitleOf(economy)).toBe(`${economy.title}｜地区生产总值45.2亿元`)
  })

  it('is the card title alone when the card has no figures', () => {
    const withoutFigures = report.parts.flatMap((p) => p.sections.flatMap((s) => s.cards)).find((c) => c.figures.length === 0)
    expect(withoutFigures).toBeDefined()
    expect(shareTitleOf(withoutFigures!)).toBe(withoutFigures!.title)
  })

  it('marks an approximate figure written with 约 in the text', () => {
    const epidemic = card('review-1-2')
    const approx: Card = { ...epidemic, figures: [epidemic.figures.find((f) => f.approx)!] }
    expect(shareTitleOf(approx)).toContain('约11.5万人')
  })

  it('never exceeds 30 characters and ends with an ellipsis when cut', () => {
    for (const c of report.parts.flatMap((p) => p.sections.flatMap((s) => s.cards))) {
      const title = shareTitleOf(c)
      expect([...title].length).toBeLessThanOrEqual(30)
      if (title !== c.title && !title.includes('｜')) expect(title.endsWith('…')).toBe(true)
    }
  })
})
