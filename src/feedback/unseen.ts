/**
 * 我的's red dot: a suggestion is unseen when its state or answer changed
 * (交办, 答复: `changedAt`) after the delegate last looked at it. The phone
 * keeps, per suggestion id, the `changedAt` it last showed.
 */
import type { MineItem } from './types'

/** Suggestion id → the `changedAt` last shown. */
export type SeenChanges = Readonly<Record<string, string>>

type Changed = Pick<MineItem, 'id' | 'changedAt'>

export function unseenIds(items: readonly Changed[], seen: SeenChanges): Set<string> {
  return new Set(items.filter((item) => item.changedAt !== null && (seen[item.id] ?? '') < item.changedAt).map((item) => item.id))
}

/** What to remember once the delegate has seen these items (only the ones still listed). */
export function markSeen(items: readonly Changed[]): SeenChanges {
  const seen: Record<string, string> = {}
  for (const item of items) if (item.changedAt !== null) seen[item.id] = item.changedAt
  return seen
}
