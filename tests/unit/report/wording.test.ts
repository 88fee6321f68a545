import { describe, expect, it } from 'vitest'
import { report } from '../../../src/report/report'
import { chineseNumber, figureParts, formatChineseDate, formatChineseTime, PART_SHORT_NAMES } from '../../../src/report/wording'

describe('the report as a reader sees it written', () => {
  it('numbers sections in Chinese', () => {
    expect([1, 7, 10, 12, 20, 21].map(chineseNumber)).toEqual(['一', '七', '十', '十二', '二十', '二十一'])
    expect(chineseNumber(0)).toBe('0')
    // The numbering the report itself uses for its sections (一、… 七、).
    const numbered = report.parts[0]!.sections.map((section) => chineseNumber(section.number))
    expect(numbered.join('')).toBe('一二三四五六七')
  })

  it('splits every figure so that its pieces give back what the report wrote', () => {
    for (const card of report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards))) {
      for (const figure of card.figures) {
        const { prefix, number, unit } = figureParts(figure)
        // The text never holds a leading 约 (the parser keeps it as approx), so the pieces rebuild it without one.
        expect(`${prefix.replace(/^约/, '')}${number}${unit}`).toBe(figure.text)
        expect(prefix.startsWith('约')).toBe(figure.approx && !/[余多]|以上/.test(figure.text))
        expect(Number(number.replace(/,/g, ''))).toBe(figure.value)
      }
    }
  })

  it('writes dates and the two halves the report’s way', () => {
    expect(formatChineseDate(report.meta.date)).toBe('2022年7月14日')
    expect(formatChineseDate('July 14')).toBe('July 14')
    expect(PART_SHORT_NAMES).toEqual({ review: '上半年', plan: '下半年' })
  })

  it('writes a moment with or without its year, minutes padded', () => {
    const at = new Date(2026, 10, 28, 7, 5).getTime()
    expect(formatChineseTime(at)).toBe('11月28日 07:05')
    expect(formatChineseTime(at, { withYear: true })).toBe('2026年11月28日 07:05')
  })
})
