/**
 * Card ids as suggestions refer to them: "review-2-3" is the third card of the
 * second section of the review part. Only the shape is known here; which ids
 * exist is the report's business (passed in as `isKnownCardId`).
 */

export const CARD_ID_PATTERN = /^(review|plan)-[1-9]\d{0,2}-[1-9]\d{0,2}$/
export const SECTION_ID_PATTERN = /^(review|plan)-[1-9]\d{0,2}$/

export function isCardIdShape(id: string): boolean {
  return CARD_ID_PATTERN.test(id)
}

/** "review-2-3" → "review-2" */
export function sectionOfCard(cardId: string): string {
  return cardId.slice(0, cardId.lastIndexOf('-'))
}

const PART_ORDER: Record<string, number> = { review: 0, plan: 1 }

/** Report order: the review before the plan, then section, then card. */
export function compareCardIds(a: string, b: string): number {
  const [pa = '', sa = '0', ca = '0'] = a.split('-')
  const [pb = '', sb = '0', cb = '0'] = b.split('-')
  return (
    (PART_ORDER[pa] ?? 9) - (PART_ORDER[pb] ?? 9) ||
    Number(sa) - Number(sb) ||
    Number(ca) - Number(cb) ||
    a.localeCompare(b)
  )
}
