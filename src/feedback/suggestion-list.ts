/**
 * 我的建议 as one list: what the phone still holds (待发送, 未送达) and what the
 * secretariat reports (已收到 → 已交办 → 已答复, with the answer), merged by
 * receipt so a suggestion never shows twice and never disappears.
 */
import type { OutboxItem, OutboxState } from './outbox'
import type { MineItem, NamedCosigner } from './types'

export type SuggestionDisplayState = '待发送' | '未送达' | '已提交' | '已收到' | '已交办' | '已答复' | '重办'

/**
 * The one word for a state, wherever it is shown (the receipt, 我的建议): a suggestion
 * the server has taken is 已收到 there from the first moment, as the secretariat's list says.
 */
export function displayStateOf(state: OutboxState): SuggestionDisplayState {
  return state === '已提交' ? '已收到' : state
}

export interface SuggestionRow {
  key: string
  title: string
  cardId: string
  state: SuggestionDisplayState
  receipt?: string
  answer?: string
  /** Why the server refused it (未送达) */
  error?: string
  /** Epoch ms */
  at: number
  /** The outbox entry behind this row, for 重新编辑 / 删除 */
  requestId?: string
  /** Whom the sender invited to co-sign, and each one's answer (once the server has it) */
  cosigners?: NamedCosigner[]
  /** The server's record (once it has it): the suggestion id, the office, the timeline, the rating */
  handling?: Pick<MineItem, 'id' | 'office' | 'deadline' | 'rating' | 'ratingComment' | 'timeline' | 'canRate'>
}

export function mergeSuggestionRows(outbox: readonly OutboxItem[], server: readonly MineItem[]): SuggestionRow[] {
  const byReceipt = new Map(server.map((item) => [item.receipt, item]))
  const rows: SuggestionRow[] = []
  for (const item of outbox) {
    const known = item.receipt ? byReceipt.get(item.receipt.receipt) : undefined
    if (known) continue // the server's row below carries its status
    rows.push({
      key: item.requestId,
      title: item.suggestion.title,
      cardId: item.suggestion.cardId,
      state: displayStateOf(item.state),
      receipt: item.receipt?.receipt,
      error: item.error?.message,
      at: item.sentAt ?? item.queuedAt,
      requestId: item.requestId,
    })
  }
  for (const item of server) {
    rows.push({
      key: item.id,
      title: item.title,
      cardId: item.cardId,
      state: item.status,
      receipt: item.receipt,
      answer: item.answer ?? undefined,
      at: Date.parse(item.createdAt) || 0,
      ...(item.cosigners?.length ? { cosigners: item.cosigners } : {}),
      ...(item.timeline
        ? {
            handling: {
              id: item.id,
              office: item.office,
              deadline: item.deadline,
              rating: item.rating,
              ratingComment: item.ratingComment,
              timeline: item.timeline,
              canRate: item.canRate,
            },
          }
        : {}),
    })
  }
  return rows.sort((a, b) => b.at - a.at)
}
