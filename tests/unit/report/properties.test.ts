import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseReport } from '../../../src/report/parse'
import { cardsInOrder } from '../../../src/report/reading-order'
import { source } from './source'

const report = parseReport(source)
const SWAPS: Record<string, string> = { ',': '，', '，': ',', ':': '：', '：': ':', ';': '；', '；': ';', '(': '（', '（': '(', ')': '）', '）': ')', '!': '！', '！': '!' }
const swappable = [...source].flatMap((c, i) => (c in SWAPS ? [i] : []))

describe('parser properties', () => {
  it('is deterministic', () => {
    expect(parseReport(source)).toEqual(report)
    expect(JSON.stringify(parseReport(source))).toBe(JSON.stringify(report))
  })

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('gives the same report whatever the punctuation width', () => {
    expect(swappable.length).toBeGreaterThan(400)
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: swappable.length, maxLength: swappable.length }), (flips) => {
        const chars = [...source]
        swappable.forEach((at, k) => {
          if (flips[k]) chars[at] = SWAPS[chars[at] as string] as string
        })
        expect(parseReport(chars.join(''))).toEqual(report)
      }),
      { seed: 7, numRuns: 25 },
    )
  })

  it('is indifferent to Windows line ends and blank lines', () => {
    expect(parseReport(source.replace(/\n/g, '\r\n\r\n'))).toEqual(report)
  })
})

describe('id stability', () => {
  const ids = (r = report) => cardsInOrder(r).map((c) => [c.id, c.title, c.figures.map((f) => f.id)])

  it('keeps every card id and figure id when one sentence of a card is reworded', () => {
    const edited = source.replace('不断加强了能力体系建设。', '不断加强了应急能力体系建设，效果明显。')
    expect(edited).not.toBe(source)
    const reparsed = parseReport(edited)
    expect(ids(reparsed)).toEqual(ids())
    expect(cardsInOrder(reparsed)[0]?.items[2]).toContain('效果明显')
  })

  it('keeps the other cards\' ids when a figure is added to one card', () => {
    const reparsed = parseReport(source.replace('申报海外人才项目8个。', '申报海外人才项目8个，引进博士3名。'))
    const before = ids()
    const after = ids(reparsed)
    expect(after.filter(([id]) => id !== 'review-2-4')).toEqual(before.filter(([id]) => id !== 'review-2-4'))
    const card = cardsInOrder(reparsed).find((c) => c.id === 'review-2-4')
    expect(card?.figures.at(-1)).toMatchObject({ id: 'review-2-4-f10', text: '3名' })
  })

  // A sentence as short as a theme (≤ 14 characters, no digits) would open a new card: see sentences.ts.
  it('keeps ids when a sentence is added inside a card', () => {
    const reparsed = parseReport(source.replace('启用“健康驿站”', '同步做好防疫物资的采购、储备和发放保障工作。启用“健康驿站”'))
    expect(cardsInOrder(reparsed).map((c) => c.id)).toEqual(cardsInOrder(report).map((c) => c.id))
  })
})
