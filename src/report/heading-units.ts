/**
 * Where a heading may break: between words, never inside one, and never leaving a
 * single character on a line of its own. The browser knows no Chinese words, so the
 * heading is cut into units (words with their punctuation) that are set unbroken
 * (inline-block); where Intl.Segmenter is missing (iOS < 14.5) clauses are the units.
 */

/** Reviewed terms a heading never splits, whatever a segmenter thinks. */
export const WHOLE_TERMS: readonly string[] = [
  '政府工作报告',
  '人民代表大会',
  '第二次会议',
  '存在的不足',
  '经济运行一览',
  '上半年工作回顾',
  '下半年主要工作任务',
  '报告全文',
  '结束语',
  '进一步',
  '高质量',
  '高水平',
  '高颜值',
  '高品质',
  '高效能',
]

const PUNCTUATION = /^[，。、；：！？）」』》,.;:!?)]+$/
const OPENING = /^[（「『《(]+$/

type Segment = (text: string) => string[]

interface SegmenterLike {
  segment(text: string): Iterable<{ segment: string }>
}

function platformSegmenter(): Segment | undefined {
  const Segmenter = (Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: 'word' }) => SegmenterLike }).Segmenter
  if (!Segmenter) return undefined
  const segmenter = new Segmenter('zh', { granularity: 'word' })
  return (text) => Array.from(segmenter.segment(text), (part) => part.segment)
}

/** Clauses (up to and with their punctuation) when there is no segmenter. */
const byClause: Segment = (text) => text.match(/[^，。、；：！？]+[，。、；：！？]*|[，。、；：！？]+/g) ?? [text]

/** Splits around the whole terms, segments the rest. */
function rawUnits(text: string, segment: Segment): string[] {
  const units: string[] = []
  let rest = text
  while (rest) {
    let at = -1
    let term = ''
    for (const candidate of WHOLE_TERMS) {
      const found = rest.indexOf(candidate)
      if (found >= 0 && (at < 0 || found < at || (found === at && candidate.length > term.length))) {
        at = found
        term = candidate
      }
    }
    if (at < 0) {
      units.push(...segment(rest))
      break
    }
    if (at > 0) units.push(...segment(rest.slice(0, at)))
    units.push(term)
    rest = rest.slice(at + term.length)
  }
  return units.filter((unit) => unit.length > 0)
}

export function headingUnits(text: string, segment: Segment | undefined = platformSegmenter()): string[] {
  const units = rawUnits(text, segment ?? byClause)
  const merged: string[] = []
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!
    const previous = merged.length - 1
    // Punctuation stays with the word before it; an opening bracket with the word after.
    if (PUNCTUATION.test(unit) && previous >= 0) merged[previous] += unit
    else if (OPENING.test(unit) && index + 1 < units.length) units[index + 1] = unit + units[index + 1]!
    // A lone character (a digit run counts as one) joins the word after it, or before it at the end of a clause.
    else if ([...unit].length === 1 || /^\d+$/.test(unit)) {
      const next = units[index + 1]
      if (next !== undefined && !PUNCTUATION.test(next)) units[index + 1] = unit + next
      else if (previous >= 0) merged[previous] += unit
      else merged.push(unit)
    } else merged.push(unit)
  }
  return merged
}
