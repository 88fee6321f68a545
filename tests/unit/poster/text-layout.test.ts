import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stripEmoji, wrapText } from '../../../src/poster/text-layout'

// A fixed-width stand-in for canvas measureText: CJK (and any non-ASCII) 1 em, ASCII half an em.
const measure = (s: string) => Array.from(s).reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.5 : 1), 0)

// The rules as the issue states them, written out here rather than taken from the module.
const CLOSING = Array.from('，。、；：！？）」』”’%,.;:!?)')
const OPENING = Array.from('（「『“‘')
const NO_BEFORE_ELLIPSIS = [...Array.from('，。、；：！？,.;:!? '), ...OPENING]

/** Offsets into lines.join('') where one line ends and the next begins. */
function breakOffsets(lines: string[]): number[] {
  const offsets: number[] = []
  let at = 0
  for (const line of lines.slice(0, -1)) {
    at += line.length
    offsets.push(at)
  }
  return offsets
}

/** True when no break falls strictly inside any occurrence of `token` in the joined lines. */
function keptWhole(lines: string[], token: string): boolean {
  const joined = lines.join('')
  const breaks = breakOffsets(lines)
  for (let at = joined.indexOf(token); at >= 0; at = joined.indexOf(token, at + 1)) {
    if (breaks.some((b) => b > at && b < at + token.length)) return false
  }
  return true
}

const withoutSpaces = (s: string) => s.replace(/\s/g, '')

const report = readFileSync(resolve(__dirname, '../../../content/niutang-2022-midyear-work-report.txt'), 'utf8')
const paragraphs = report.split('\n').filter((p) => p.trim().length > 40)

describe('wrapText on fixed examples', () => {
  it('fills lines greedily and keeps every character', () => {
    expect(wrapText('一二三四五六七八九十', 4, measure)).toEqual(['一二三四', '五六七八', '九十'])
  })

  it('pushes the previous character down rather than start a line with a comma', () => {
    expect(wrapText('一二三四，五', 4, measure)).toEqual(['一二三', '四，五'])
  })

  it('does the same for half-width closing punctuation', () => {
    expect(wrapText('一二三四,五', 4, measure)).toEqual(['一二三', '四,五'])
    expect(wrapText('abc defg. hi', 4, measure)).toEqual(['abc', 'defg. hi'])
    expect(wrapText('一二三四)五', 4, measure)).toEqual(['一二三', '四)五'])
  })

  it('keeps a run of closing marks with the character before them', () => {
    expect(wrapText('一二三“四”。五', 5, measure)).toEqual(['一二三', '“四”。五'])
  })

  it('never ends a line with an opening quote or bracket', () => {
    expect(wrapText('一二三“四五”', 4, measure)).toEqual(['一二三', '“四五”'])
    expect(wrapText('一二三（四五）', 4, measure)).toEqual(['一二三', '（四五）'])
  })

  it('keeps numbers with their units and percentages whole', () => {
    // "完成产值" fills 4 em; "45.2亿元" (4 em) does not fit after it and moves down whole.
    expect(wrapText('完成产值45.2亿元', 7, measure)).toEqual(['完成产值', '45.2亿元'])
    expect(wrapText('同比下降12.43%', 6, measure)).toEqual(['同比下降', '12.43%'])
  })

  it('keeps 约 with its number and compound units whole', () => {
    expect(wrapText('最高峰检测对象约11.5万人。', 8, measure)).toEqual(['最高峰检测对象', '约11.5万人。'])
    expect(wrapText('浓度均值为39.5微克/立方米，优良', 11, measure)).toEqual(['浓度均值为', '39.5微克/立方米，优良'])
  })

  it('never starts or ends a line with a slash or a middle dot', () => {
    // The slash binds the characters on both sides ("/" is half an em here).
    expect(wrapText('一二三四/五六', 4, measure)).toEqual(['一二三', '四/五六'])
    expect(wrapText('一二三/四五六', 4, measure)).toEqual(['一二', '三/四五', '六'])
    expect(wrapText('一二三 · 四', 3.5, measure)).toEqual(['一二', '三 ·', '四'])
  })

  it('breaks Latin text at spaces and drops the space at the break', () => {
    expect(wrapText('Taro and NutUI are used', 6, measure)).toEqual(['Taro and', 'NutUI are', 'used'])
  })

  it('breaks a word wider than the line by characters', () => {
    const lines = wrapText('https://example.cn/a/very/long/path', 5, measure)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('https://example.cn/a/very/long/path')
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(5)
  })

  it('cuts with an ellipsis that fits, only when text is left over', () => {
    expect(wrapText('一二三四五六七八九十一二', 5, measure, { maxLines: 2, ellipsis: '…' })).toEqual([
      '一二三四五',
      '六七八九…',
    ])
    // Exactly two full lines: nothing is cut, so no ellipsis.
    expect(wrapText('一二三四五六七八九十', 5, measure, { maxLines: 2, ellipsis: '…' })).toEqual([
      '一二三四五',
      '六七八九十',
    ])
  })

  it('leaves no comma or opening mark dangling before the ellipsis', () => {
    expect(wrapText('一二三，四五六七八九', 5, measure, { maxLines: 1, ellipsis: '…' })).toEqual(['一二三…'])
    expect(wrapText('一二三“四五六七八九”', 5, measure, { maxLines: 1, ellipsis: '…' })).toEqual(['一二三…'])
  })

  it('never cuts inside a number to make room for the ellipsis', () => {
    expect(wrapText('完成45.2亿元同比下降', 7, measure, { maxLines: 1, ellipsis: '…' })).toEqual(['完成45.2亿元…'])
    // 6.5 em: the number plus the ellipsis does not fit, so the number goes entirely.
    expect(wrapText('完成45.2亿元同比下降', 6.5, measure, { maxLines: 1, ellipsis: '…' })).toEqual(['完成…'])
  })

  it('strips emoji, including modifiers, flags and joined sequences', () => {
    expect(wrapText('点赞👍🏻加油🇨🇳！❤️全家👨‍👩‍👧', 40, measure)).toEqual(['点赞加油！全家'])
    expect(stripEmoji('版权©所有')).toBe('版权©所有')
  })

  it('returns nothing for empty text or no lines', () => {
    expect(wrapText('', 10, measure)).toEqual([])
    expect(wrapText('  \n ', 10, measure)).toEqual([])
    expect(wrapText('一二三', 10, measure, { maxLines: 0 })).toEqual([])
  })
})

describe('wrapText on the report', () => {
  const numbers = /\d+(?:\.\d+)?(?:%|万元|亿元|万人|万|亿|元|人|家次|家|件|起|户|项|场次)/g

  for (const width of [9, 13, 17.5, 24]) {
    it(`keeps every paragraph within ${width} em with the punctuation rules`, () => {
      for (const paragraph of paragraphs) {
        const lines = wrapText(paragraph, width, measure)
        // A space may be taken by a break; nothing else is lost.
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(paragraph))
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(width)
          if (i > 0) expect(CLOSING).not.toContain(line[0])
          if (i < lines.length - 1) expect(OPENING).not.toContain(line[line.length - 1])
        })
        for (const token of paragraph.match(numbers) ?? []) {
          expect(keptWhole(lines, token), `${token} split in ${JSON.stringify(lines)}`).toBe(true)
        }
      }
    })
  }
})

// Random text built from the pieces a report sentence is made of.
const cjk = fc.constantFrom(...Array.from('牛塘镇政府工作报告上半年经济发展社会治理民生实事'))
const joiner = fc.constantFrom(...Array.from('的是在和与及镇政府工作'), ' ')
const latin = fc.stringOf(fc.constantFrom(...Array.from('abcxyzNUT')), { minLength: 1, maxLength: 8 })
const number = fc
  .tuple(
    fc.integer({ min: 0, max: 99999 }),
    fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
    fc.constantFrom('', '%', '亿元', '万人', '家次', '平方米', '件', '起'),
  )
  .map(([whole, fraction, unit]) => `${whole}${fraction === undefined ? '' : `.${fraction}`}${unit}`)
const opening = fc.constantFrom('', '', '', ...OPENING, '（“')
const closing = fc.constantFrom('', '', '', ...CLOSING, '）。', '”，')
const emoji = fc.constantFrom('😀', '👍🏻', '🇨🇳', '❤️', '👨‍👩‍👧')

interface Piece {
  text: string
  kind: 'number' | 'emoji' | 'other'
}

const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(opening, fc.stringOf(cjk, { minLength: 1, maxLength: 6 }), closing).map(([o, w, c]) => ({ text: o + w + c, kind: 'other' as const })) },
  { weight: 2, arbitrary: fc.tuple(opening, latin, closing).map(([o, w, c]) => ({ text: o + w + c, kind: 'other' as const })) },
  { weight: 2, arbitrary: number.map((text) => ({ text, kind: 'number' as const })) },
  { weight: 1, arbitrary: emoji.map((text) => ({ text, kind: 'emoji' as const })) },
)

/** Pieces separated by a non-unit character or a space, so words never run into each other. */
const sentence = fc.tuple(fc.array(fc.tuple(piece, joiner), { minLength: 1, maxLength: 30 }), piece).map(([pairs, last]) => {
  const pieces = [...pairs.flatMap(([p, j]) => [p, { text: j, kind: 'other' as const }]), last]
  return { text: pieces.map((p) => p.text).join(''), pieces }
})

/** Anything at all from the same alphabet, punctuation runs included. */
const anyText = fc.stringOf(
  fc.oneof(cjk, fc.constantFrom(...CLOSING, ...OPENING, ' ', 'a', 'Z', '1', '.', '😀')),
  { maxLength: 80 },
)


describe('wrapText properties', () => {
  it('never exceeds the width and loses nothing but emoji and break spaces', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 80 }).map((n) => n / 2), (text, width) => {
        const lines = wrapText(text, width, measure)
        for (const line of lines) {
          expect(measure(line)).toBeLessThanOrEqual(width)
          expect(line).toBe(line.trim())
          expect(line).not.toBe('')
        }
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text.replaceAll('😀', '')))
      }),
    )
  })

  it('keeps the punctuation rules and the numbers whole in report-like text', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 24, max: 60 }).map((n) => n / 2), ({ text, pieces }, width) => {
        const lines = wrapText(text, width, measure)
        const plain = pieces.filter((p) => p.kind !== 'emoji').map((p) => p.text).join('')
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(plain))
        lines.forEach((line, i) => {
          expect(measure(line)).toBeLessThanOrEqual(width)
          if (i > 0) expect(CLOSING).not.toContain(line[0])
          if (i < lines.length - 1) expect(OPENING).not.toContain(line[line.length - 1])
        })
        const spaceless = lines.map(withoutSpaces)
        for (const p of pieces) if (p.kind === 'number') expect(keptWhole(spaceless, p.text)).toBe(true)
      }),
    )
  })

  it('adds a fitting, clean ellipsis exactly when the text is cut', () => {
    fc.assert(
      fc.property(
        sentence,
        fc.integer({ min: 12, max: 60 }).map((n) => n / 2),
        fc.integer({ min: 1, max: 4 }),
        ({ text }, width, maxLines) => {
          const full = wrapText(text, width, measure)
          const cut = wrapText(text, width, measure, { maxLines, ellipsis: '…' })
          if (full.length <= maxLines) {
            expect(cut).toEqual(full)
            return
          }
          expect(cut).toHaveLength(maxLines)
          expect(cut.slice(0, -1)).toEqual(full.slice(0, maxLines - 1))
          const last = cut[maxLines - 1]!
          expect(last.endsWith('…')).toBe(true)
          expect(measure(last)).toBeLessThanOrEqual(width)
          const body = last.slice(0, -1)
          expect(full[maxLines - 1]!.startsWith(body)).toBe(true)
          if (body !== '') expect(NO_BEFORE_ELLIPSIS).not.toContain(body[body.length - 1])
        },
      ),
    )
  })
})
