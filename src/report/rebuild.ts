/**
 * The report's text rebuilt from the data alone, in reading order: what the
 * parser must never lose or invent. Titles the parser made up (a card's title
 * from its first sentence, a section named after its part) are not text of
 * the report and are left out; everything else is there once.
 */
import type { Report } from './types'
import type { TextLine } from './text-lines'
import { splitSentences } from './sentences'

/** The pieces of text the data holds, in reading order (one paragraph or heading each, mostly). */
export function rebuildChunks(report: Report): string[] {
  const { meta } = report
  const [year, month, day] = meta.date.split('-').map(Number)
  const chunks: string[] = [...(meta.titleLines ?? [])]
  if (meta.date) chunks.push(meta.dateline ?? `——${year}年${month}月${day}日在${meta.meeting}上`)
  chunks.push(`${meta.speakerTitle ?? ''}${meta.speaker}`, ...report.opening)
  for (const part of report.parts) {
    chunks.push(part.heading ?? part.title, part.intro)
    let group = 0
    for (const section of part.sections) {
      const groupOf = section.group ? part.groups?.[section.group - 1] : undefined
      if (groupOf && section.group !== group) chunks.push(groupOf.heading, groupOf.intro)
      group = section.group ?? 0
      if (section.label) chunks.push(section.heading ?? `${section.label}${section.headline}。`)
      else if (section.heading !== undefined) chunks.push(section.heading)
      if (section.lead) chunks.push(section.lead)
      for (const card of section.cards) {
        if (!card.fromParagraph) chunks.push(card.theme ?? `${card.title}。`)
        chunks.push(...card.items)
      }
    }
    chunks.push(...part.after.map((paragraph) => paragraph.text))
  }
  return chunks
}

const compact = (text: string) => text.replace(/\s+/g, '')

/** The rebuilt text as sentences, spaces and line breaks aside. */
export function rebuildSentences(report: Report): string[] {
  return splitSentences(rebuildChunks(report).map(compact).join(''))
}

/** The delivered text (canonical lines) as sentences, spaces and line breaks aside. */
export function sourceSentences(lines: readonly TextLine[]): string[] {
  return splitSentences(lines.map((line) => compact(line.text)).join(''))
}
