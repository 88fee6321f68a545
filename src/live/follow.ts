/**
 * 跟随宣读: what a phone does when the reading moves on. With the switch on
 * it moves to what is being read, unless the reader is busy (scrolling,
 * selecting, typing): then it offers the jump instead. It never leaves the
 * suggestion form by itself. Only changes seen while the page is open count:
 * opening a page (or arriving late) never jumps.
 */
import type { LiveTarget } from './types'

export type FollowDecision = 'stay' | 'move' | 'offer'

export interface FollowSituation {
  following: boolean
  /** Scrolled, selected text or has a field focused just now */
  readerBusy: boolean
  /** The suggestion form (提建议) is on screen */
  onSuggestionForm: boolean
  /** The page on screen already shows the target */
  alreadyThere: boolean
}

export function followDecision(situation: FollowSituation): FollowDecision {
  if (!situation.following || situation.alreadyThere) return 'stay'
  if (situation.readerBusy || situation.onSuggestionForm) return 'offer'
  return 'move'
}

/** Where a target opens: the card, the section, or the passage on the page of the report's other parts. */
export function targetPath(target: LiveTarget): string {
  const id = encodeURIComponent(target.id)
  if (target.kind === 'card') return `/pages/card/index?id=${id}`
  if (target.kind === 'section') return `/pages/section/index?id=${id}`
  return `/pages/paragraph/index?id=${id}`
}

/** True when the page at `path` with `params` shows the target. */
export function showsTarget(path: string, params: Record<string, string | undefined>, target: LiveTarget): boolean {
  const page = targetPath(target).split('?')[0]!
  return path.replace(/^\/?/, '/').split('?')[0] === page && params.id === target.id
}
