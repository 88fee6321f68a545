/** Cutting an item into plain text and figures, so a page can set the figures apart. */
import type { Card, Figure } from './types'

export interface ItemSegment {
  text: string
  /** Set when this segment is a figure's text */
  figure?: Figure
}

/** The figures that stand in the card's item at this index, in text order. */
export function figuresOfItem(card: Card, index: number): Figure[] {
  return card.figures.filter((figure) => figure.item === index)
}

/**
 * The item as consecutive segments whose texts join back to the item exactly.
 * Pass the figures of this item (figuresOfItem); a figure is placed by its
 * offset, or found after the previous one when the offset does not match.
 */
export function splitItemByFigures(item: string, figures: readonly Figure[]): ItemSegment[] {
  const segments: ItemSegment[] = []
  let cursor = 0
  for (const figure of [...figures].sort((a, b) => a.offset - b.offset)) {
    const at = item.startsWith(figure.text, figure.offset) && figure.offset >= cursor
      ? figure.offset
      : item.indexOf(figure.text, cursor)
    if (at < 0 || figure.text.length === 0) continue
    if (at > cursor) segments.push({ text: item.slice(cursor, at) })
    segments.push({ text: figure.text, figure })
    cursor = at + figure.text.length
  }
  if (cursor < item.length) segments.push({ text: item.slice(cursor) })
  return segments
}
