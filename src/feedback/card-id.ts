/**
 * Card ids as suggestions refer to them: "review-2-3" is the third card of the
 * second section of the review part. Only the shape is known here; which ids
 * exist is the report's business (passed in as `isKnownCardId`).
 */

export const CARD_ID_PATTERN = /^(review|plan)-[1-9]\d{0,2}-[1-9]\d{0,2}$/
export const SECTION_ID_PATTERN = /^(review|plan)-[1-9]\d{0,2}$/

/**
 * What a suggestion may be about besides a card: the report as a whole and the
 * parts of it that are not cards. Public ids like card ids: never renamed. In
 * report order (报告总体 first); `after` places each among the cards.
 */
export const REPORT_TARGETS = [
  { id: 'report', title: '报告总体', after: '' },
  { id: 'opening', title: '开篇', after: '' },
  { id: 'economy', title: '经济运行一览', after: '' },
  { id: 'shortcomings', title: '存在的不足', after: 'review' },
  { id: 'closing', title: '结束语', after: 'plan' },
] as const

export type ReportTargetId = (typeof REPORT_TARGETS)[number]['id']

export function isReportTarget(id: string): id is ReportTargetId {
  return REPORT_TARGETS.some((target) => target.id === id)
}

/** A card id, or one of the report-wide targets. */
export function isCardIdShape(id: string): boolean {
  return CARD_ID_PATTERN.test(id) || isReportTarget(id)
}

/** "review-2-3" → "review-2" */
export function sectionOfCard(cardId: string): string {
  return cardId.slice(0, cardId.lastIndexOf('-'))
}

const PART_ORDER: Record<string, number> = { review: 0, plan: 1 }

/** Where a target stands: 报告总体, 开篇, 经济运行一览 before the cards; 存在的不足 after the review, 结束语 at the end. */
function targetPlace(id: string): [part: number, section: number] | undefined {
  const index = REPORT_TARGETS.findIndex((target) => target.id === id)
  const target = REPORT_TARGETS[index]
  if (!target) return undefined
  return target.after === '' ? [-1, index] : [PART_ORDER[target.after] ?? 9, 1000]
}

/** Report order: the report-wide targets in their places, the review before the plan, then section, then card. */
export function compareCardIds(a: string, b: string): number {
  const ta = targetPlace(a)
  const tb = targetPlace(b)
  if (ta || tb) {
    const [pa, sa] = ta ?? [PART_ORDER[a.split('-')[0] ?? ''] ?? 9, Number(a.split('-')[1] ?? 0)]
    const [pb, sb] = tb ?? [PART_ORDER[b.split('-')[0] ?? ''] ?? 9, Number(b.split('-')[1] ?? 0)]
    return pa - pb || sa - sb || a.localeCompare(b)
  }
  const [pa = '', sa = '0', ca = '0'] = a.split('-')
  const [pb = '', sb = '0', cb = '0'] = b.split('-')
  return (
    (PART_ORDER[pa] ?? 9) - (PART_ORDER[pb] ?? 9) ||
    Number(sa) - Number(sb) ||
    Number(ca) - Number(cb) ||
    a.localeCompare(b)
  )
}
