/** A card's one-line summary for lists: its first item, cut where the text pauses. */
import type { Card } from './types'

const ELLIPSIS = '…'
/** Sentence ends first, then clause marks: the cut falls at the last one that fits. */
const PAUSES = /[。！？；，：]/g

export function summaryOf(card: Card, maxLength = 40): string {
  const first = card.items[0] ?? ''
  if (first.length <= maxLength) return first
  const room = maxLength - ELLIPSIS.length
  let cut = 0
  for (const m of first.matchAll(PAUSES)) {
    if (m.index >= room) break
    cut = m.index
  }
  // No pause late enough to keep a useful part: cut inside the clause rather than overflow.
  return (cut >= room / 3 ? first.slice(0, cut) : first.slice(0, room)) + ELLIPSIS
}
