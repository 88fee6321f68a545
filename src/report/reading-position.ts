/**
 * Where a reader is and where the next step leads, in words (never a dead end):
 * 「继续阅读：污染防治精准发力（四 · 2/3）」, 「下一节：三、城乡融合迈出崭新步伐」,
 * 「进入下半年主要工作任务」.
 */
import type { ReportOutline } from './outline-build'
import { neighboursOf, partOf, sectionOf } from './reading-order'
import type { Card, Part, Report, Section } from './types'
import { chineseNumber } from './wording'

/** A part's title as a heading says it: 「下半年主要工作任务」 (without the year). */
export function partHeading(part: { title: string }): string {
  return part.title.replace(/^\d{4}年/, '')
}

/** 「三、城乡融合迈出崭新步伐」 */
export function sectionName(section: { number: number; topic: string }): string {
  return `${chineseNumber(section.number)}、${section.topic}`
}

export interface ReadingPlace {
  cardId: string
  title: string
  /** 「四 · 2/3」: the section's number, the card's place and the section's card count */
  place: string
}

/**
 * The card to continue with: its title as it was read (kept with the reading state)
 * and its place from the cover's outline (the cover never loads the report).
 */
export function readingPlaceOf(outline: ReportOutline, cardId: string, title: string): ReadingPlace | undefined {
  const match = /^(.*)-(\d+)$/.exec(cardId)
  if (!match || !title) return undefined
  const index = Number(match[2])
  for (const part of outline.parts) {
    const section = part.sections.find((candidate) => candidate.id === match[1])
    if (section && index >= 1 && index <= section.cardCount) {
      return { cardId, title, place: `${chineseNumber(section.number)} · ${index}/${section.cardCount}` }
    }
  }
  return undefined
}

export interface NextStep {
  card: Card
  /** Said when the next card is in another section or the other half; undefined within a section */
  crossing?: string
}

/** The next card in reading order and, when it crosses a section or a half, what it enters. */
export function nextStepOf(report: Report, cardId: string): NextStep | undefined {
  const { next } = neighboursOf(report, cardId)
  if (!next) return undefined
  const here = sectionOf(report, cardId)
  const there = sectionOf(report, next.id)
  const herePart = partOf(report, cardId)
  const therePart = partOf(report, next.id)
  if (therePart && herePart?.id !== therePart.id) return { card: next, crossing: `进入${partHeading(therePart)}` }
  if (there && here?.id !== there.id) return { card: next, crossing: `下一节：${sectionName(there)}` }
  return { card: next }
}

export interface NextSection {
  section: Section
  part: Part
  /** 「下一节：三、城乡融合迈出崭新步伐」 or 「进入下半年主要工作任务」 */
  label: string
}

/** The section after this one, across the halves; undefined after the report's last section. */
export function nextSectionOf(report: Report, sectionId: string): NextSection | undefined {
  const all = report.parts.flatMap((part) => part.sections.map((section) => ({ part, section })))
  const at = all.findIndex(({ section }) => section.id === sectionId)
  const here = all[at]
  const next = all[at + 1]
  if (at < 0 || !here || !next) return undefined
  const label = next.part.id === here.part.id ? `下一节：${sectionName(next.section)}` : `进入${partHeading(next.part)}`
  return { ...next, label }
}
