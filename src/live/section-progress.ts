/**
 * How far the reading has got, on the cover's section tiles. The cover knows
 * only the outline (part and section ids, no cards), so this works from ids:
 * a card id is its section's id and a number ("review-2-3" in "review-2"); a
 * passage id starts with its part's id ("review-thanks", "plan-intro").
 */
import type { LiveTarget } from './types'

export interface OutlinePart {
  id: string
  sections: ReadonlyArray<{ id: string }>
}

export interface SectionProgress {
  /** The section being read (itself or one of its cards) */
  currentSectionId: string | null
  /** Sections wholly read before the current point */
  readSectionIds: Set<string>
}

export function sectionOfCardId(cardId: string): string | null {
  const match = /^(.+)-\d+$/.exec(cardId)
  return match ? match[1]! : null
}

export function sectionProgress(parts: readonly OutlinePart[], target: LiveTarget | null): SectionProgress {
  const none: SectionProgress = { currentSectionId: null, readSectionIds: new Set() }
  if (!target) return none
  const sectionIds = parts.flatMap((part) => part.sections.map((section) => section.id))
  const before = (index: number): SectionProgress['readSectionIds'] => new Set(sectionIds.slice(0, Math.max(0, index)))

  const sectionId = target.kind === 'section' ? target.id : target.kind === 'card' ? sectionOfCardId(target.id) : null
  if (sectionId !== null) {
    const at = sectionIds.indexOf(sectionId)
    return at < 0 ? none : { currentSectionId: sectionId, readSectionIds: before(at) }
  }
  // A passage: the opening comes first; a part's intro before its sections, the other passages after them.
  const partAt = parts.findIndex((candidate) => target.id.startsWith(`${candidate.id}-`))
  if (partAt < 0) return none
  const part = parts[partAt]!
  const firstOfPart = parts.slice(0, partAt).reduce((count, earlier) => count + earlier.sections.length, 0)
  const afterPart = firstOfPart + part.sections.length
  return { currentSectionId: null, readSectionIds: before(target.id === `${part.id}-intro` ? firstOfPart : afterPart) }
}

export type LiveMark = 'reading' | 'read'

/** What the phone knows: being read now, and the furthest point heard (kept after the reading ends). */
export interface HeardProgress {
  current: LiveTarget | null
  reached: LiveTarget | null
}

/** The cover's marks: the section being read, and the sections already read (all of them up to the last point heard once the reading ended). */
export function sectionMarks(parts: readonly OutlinePart[], heard: HeardProgress): Map<string, LiveMark> {
  const marks = new Map<string, LiveMark>()
  const point = heard.current ?? heard.reached
  const progress = sectionProgress(parts, point)
  for (const id of progress.readSectionIds) marks.set(id, 'read')
  if (progress.currentSectionId) marks.set(progress.currentSectionId, heard.current ? 'reading' : 'read')
  return marks
}
