import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { splitSentences } from '../../../src/report/sentences'
import type { Report } from '../../../src/report/types'
import { source } from './source'

const NUMERALS = '一二三四五六七八九十'

/** Width-insensitive, whitespace-insensitive form for comparing texts. */
function comparable(text: string): string {
  const halfToFull: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' }
  return text.replace(/[,:;()!?]/g, (c) => halfToFull[c] ?? c).replace(/\s+/g, '')
}

/** The report rebuilt from the data alone, one paragraph a line. */
function rebuild(report: Report): string[] {
  const [y, m, d] = report.meta.date.split('-').map(Number)
  const lines = [`——${y}年${m}月${d}日在${report.meta.meeting}上`, report.meta.speaker, ...report.opening]
  for (const part of report.parts) {
    lines.push(part.title, part.intro)
    for (const section of part.sections) {
      const cards = section.cards.map((card) => `${card.title}。${card.items.join('')}`).join('')
      lines.push(`${NUMERALS[section.number - 1]}、${section.headline}。${cards}`)
    }
    lines.push(...part.after.map((paragraph) => paragraph.text))
  }
  return lines
}

describe('lossless parse', () => {
  const report = parseReport(source)

  it('rebuilds the whole text from the data, punctuation width and line breaks aside', () => {
    expect(comparable(rebuild(report).join(''))).toBe(comparable(source))
  })

  it('rebuilds every paragraph line of the body exactly', () => {
    const body = source.split('\n').filter((l) => l.trim()).slice(3)
    expect(rebuild(report).slice(2).map(comparable)).toEqual(body.map(comparable))
  })

  it('holds every sentence of the source exactly once, in reading order', () => {
    const sourceSentences = source.split('\n').slice(3).flatMap((line) => splitSentences(comparable(line)))
    const dataSentences = rebuild(report).slice(2).flatMap((line) => splitSentences(comparable(line)))
    expect(dataSentences).toEqual(sourceSentences)
    expect(sourceSentences.length).toBeGreaterThan(230)
  })
})
