/**
 * The report in the order it is read aloud, as live targets: the opening,
 * then per part its intro, each section followed by its cards, and the
 * paragraphs after the sections (other work, thanks, shortcomings, closing).
 * The same order drives the desk's 上一项/下一项, the titles on the banner and
 * what counts as 已宣读.
 */
import type { Report, Section } from '../report/types'
import { chineseNumber } from '../report/wording'
import type { LiveTarget } from './types'

export interface LiveStop {
  target: LiveTarget
  /** The banner's words for it */
  title: string
}

export type OrderedReport = Pick<Report, 'opening' | 'parts'>

/** 「二、经济发展保持稳健态势」: the section's number as written (or 一、 二、 …) and its topic. */
export function sectionTitle(section: Pick<Section, 'number' | 'topic' | 'label'>): string {
  return `${section.label ?? `${chineseNumber(section.number)}、`}${section.topic}`
}

export function liveStops(report: OrderedReport): LiveStop[] {
  const stops: LiveStop[] = []
  if (report.opening.length > 0) stops.push({ target: { kind: 'paragraph', id: 'opening' }, title: '开篇' })
  for (const part of report.parts) {
    // The paragraph page names a part's intro `<part>-intro`.
    if (part.intro) stops.push({ target: { kind: 'paragraph', id: `${part.id}-intro` }, title: part.title })
    for (const section of part.sections) {
      const heading = sectionTitle(section)
      stops.push({ target: { kind: 'section', id: section.id }, title: heading })
      for (const card of section.cards) stops.push({ target: { kind: 'card', id: card.id }, title: `${heading} · ${card.title}` })
    }
    for (const paragraph of part.after) stops.push({ target: { kind: 'paragraph', id: paragraph.id }, title: paragraph.title })
  }
  return stops
}

export function sameTarget(a: LiveTarget | null, b: LiveTarget | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id)
}

/** Where a target stands in the reading order; -1 when it is not in it. */
export function stopIndex(stops: readonly LiveStop[], target: LiveTarget | null): number {
  return target ? stops.findIndex((stop) => sameTarget(stop.target, target)) : -1
}

/**
 * The desk's 下一项 (+1) and 上一项 (-1): the stop after or before the current
 * one, staying at the ends. With no reading on, either starts at the first stop.
 */
export function stepTarget(stops: readonly LiveStop[], current: LiveTarget | null, direction: 1 | -1): LiveTarget | null {
  if (stops.length === 0) return null
  const at = stopIndex(stops, current)
  if (at < 0) return stops[0]!.target
  return stops[Math.min(stops.length - 1, Math.max(0, at + direction))]!.target
}

/**
 * The cards read aloud by the time `reachedTarget` is being read: every card
 * before it in the reading order (a delegate who arrives late sees them too),
 * and the target itself when `inclusive` (the reading has moved past it or ended).
 */
export function cardsReadAloud(report: OrderedReport, reachedTarget: LiveTarget | null, inclusive = false): Set<string> {
  const stops = liveStops(report)
  const at = stopIndex(stops, reachedTarget)
  const read = new Set<string>()
  if (at < 0) return read
  const end = inclusive ? at + 1 : at
  for (const stop of stops.slice(0, end)) if (stop.target.kind === 'card') read.add(stop.target.id)
  return read
}

/** The marks on a list of cards: the card being read, and those read aloud before it (and the last one heard once the reading ended). */
export function cardMarks(report: OrderedReport, heard: { current: LiveTarget | null; reached: LiveTarget | null }): Map<string, 'reading' | 'read'> {
  const marks = new Map<string, 'reading' | 'read'>()
  const read = heard.current ? cardsReadAloud(report, heard.current) : cardsReadAloud(report, heard.reached, true)
  for (const id of read) marks.set(id, 'read')
  if (heard.current?.kind === 'card') marks.set(heard.current.id, 'reading')
  return marks
}
