/**
 * The report as delivered (plain text) → the report as data. Pure and
 * deterministic: no file system, no Taro. Nothing is dropped or invented:
 * every sentence lands in exactly one place, in reading order (tests rebuild
 * the text from the result). Punctuation width does not matter: the data
 * carries canonical full-width punctuation (see punctuation.ts).
 */
import type { Card, Figure, Paragraph, ParagraphKind, Part, PartId, Report, ReportMeta, Section } from './types'
import { canonicalPunctuation } from './punctuation'
import { looksLikeTheme, splitSentences, withoutStop } from './sentences'
import { findFigures } from './figures'
import { FIGURE_LABEL_OVERRIDES } from './figure-label-overrides'
import { chineseNumeral } from './numerals'

/** The text has no title line; what was delivered is a 政府工作报告. */
const TITLE = '政府工作报告'
const PART_IDS: readonly PartId[] = ['review', 'plan']
const PARAGRAPH_TITLES: Record<ParagraphKind, string> = {
  'other-work': '其他工作',
  thanks: '致谢',
  shortcomings: '存在的不足',
  closing: '结束语',
}
const SECTION_LINE = /^([一二三四五六七八九十]+)、(.*)$/
/** A part title is a line with no sentence punctuation: 「2022年上半年工作回顾」. */
const isPartTitle = (line: string) => !/[，。：；！？、]/.test(line) && line.length <= 30

export function parseReport(text: string): Report {
  const lines = canonicalPunctuation(text.replace(/^\uFEFF/, ''))
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const openingAt = lines.findIndex((line) => line.startsWith('各位代表'))
  if (openingAt < 2) throw new Error('report: expected a dateline and the speaker before 「各位代表」')
  const meta = parseHeader(lines.slice(0, openingAt))
  const partStarts = lines.map((line, i) => (i > openingAt && isPartTitle(line) ? i : -1)).filter((i) => i >= 0)
  if (partStarts.length !== PART_IDS.length) {
    throw new Error(`report: expected ${PART_IDS.length} part titles, found ${partStarts.length}`)
  }
  const opening = lines.slice(openingAt, partStarts[0])
  const parts = partStarts.map((start, i) => {
    const end = partStarts[i + 1] ?? lines.length
    return parsePart(PART_IDS[i] as PartId, lines.slice(start, end), end === lines.length)
  })
  return { meta, opening, parts }
}

function parseHeader(header: string[]): ReportMeta {
  const speaker = (header[header.length - 1] ?? '').replace(/\s+/g, '')
  const dateline = header.slice(0, -1).join('').replace(/\s+/g, '')
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日在(.+?)上?$/.exec(dateline)
  if (!m) throw new Error(`report: cannot read the dateline 「${dateline}」`)
  const [, year, month, day, meeting] = m
  const date = `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`
  return { title: TITLE, meeting: meeting ?? '', date, speaker }
}

function parsePart(id: PartId, lines: string[], isLast: boolean): Part {
  const [title = '', ...body] = lines
  const firstSection = body.findIndex((line) => SECTION_LINE.test(line))
  if (firstSection !== 1) throw new Error(`report: part 「${title}」 needs one intro paragraph before its sections`)
  const sections: Section[] = []
  let at = firstSection
  for (; at < body.length && SECTION_LINE.test(body[at] ?? ''); at++) {
    sections.push(parseSection(id, body[at] ?? '', sections.length + 1))
  }
  const rest = body.slice(at)
  const after = rest.map((line, i) => parseParagraph(id, line, isLast && i === rest.length - 1))
  return { id, title, intro: body[0] ?? '', sections, after }
}

function parseSection(partId: PartId, line: string, expected: number): Section {
  const [, numeral = '', body = ''] = SECTION_LINE.exec(line) ?? []
  const number = chineseNumeral(numeral)
  if (number !== expected) throw new Error(`report: section 「${numeral}」 out of order in ${partId}`)
  const id = `${partId}-${number}`
  const [headlineSentence = '', ...sentences] = splitSentences(body)
  const headline = withoutStop(headlineSentence)
  const comma = headline.indexOf('，')
  const slogan = comma > 0 ? headline.slice(0, comma) : ''
  const topic = comma > 0 ? headline.slice(comma + 1) : headline
  return { id, number, headline, slogan, topic, cards: parseCards(id, sentences) }
}

/** A theme sentence opens a card when a sentence that is not a theme follows it. */
function parseCards(sectionId: string, sentences: string[]): Card[] {
  const cards: Card[] = []
  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1]
    const current = cards[cards.length - 1]
    if (looksLikeTheme(sentence) && next !== undefined && !looksLikeTheme(next)) {
      cards.push({ id: `${sectionId}-${cards.length + 1}`, title: withoutStop(sentence), items: [], figures: [] })
    } else if (current) {
      current.items.push(sentence)
    } else {
      throw new Error(`report: section ${sectionId} does not open with a theme sentence: 「${sentence}」`)
    }
  })
  for (const card of cards) card.figures = figuresOf(card)
  return cards
}

function figuresOf(card: Card): Figure[] {
  const figures: Figure[] = []
  card.items.forEach((item, index) => {
    for (const found of findFigures(item)) {
      const override = FIGURE_LABEL_OVERRIDES.find((o) => o.card === card.id && o.text === found.text)
      const { change, ...rest } = found
      figures.push({
        id: `${card.id}-f${figures.length + 1}`,
        ...rest,
        label: override?.label ?? found.label,
        item: index,
        ...(change ? { change } : {}),
      })
    }
  })
  return figures
}

function parseParagraph(partId: PartId, text: string, isClosing: boolean): Paragraph {
  const kind = paragraphKind(text, isClosing)
  if (!kind) throw new Error(`report: unrecognised paragraph after the sections of ${partId}: 「${text.slice(0, 20)}…」`)
  return { id: `${partId}-${kind}`, kind, title: PARAGRAPH_TITLES[kind], text }
}

function paragraphKind(text: string, isClosing: boolean): ParagraphKind | undefined {
  if (text.startsWith('此外')) return 'other-work'
  if (text.startsWith('在肯定成绩的同时')) return 'shortcomings'
  if (/感谢|敬意/.test(text)) return 'thanks'
  if (isClosing) return 'closing'
  return undefined
}
