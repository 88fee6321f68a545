/**
 * Where suggestions live. Async so that the cloud database fits behind the
 * same interface as SQLite; the handler only ever talks to a Store.
 */
import type { Suggestion, SuggestionStatus } from './types'

/** A suggestion before the store has numbered it. */
export type NewSuggestion = Omit<Suggestion, 'id' | 'receipt' | 'status' | 'answer' | 'updatedAt'>

export interface InsertRules {
  /** The receipt text for the store's next sequence number, e.g. 7 → NT-2022-0007 */
  receiptFor: (seq: number) => string
  /** Refuse when the sender already has `max` suggestions created at or after `since` (ISO) */
  limit: { since: string; max: number }
}

export type InsertOutcome =
  | { kind: 'created'; suggestion: Suggestion }
  /** The same requestId was stored before: nothing new is written */
  | { kind: 'existing'; suggestion: Suggestion }
  | { kind: 'rate_limited' }

export interface SuggestionFilter {
  /** e.g. "review-2" */
  section?: string
  /** e.g. "review-2-3" */
  cardId?: string
  status?: SuggestionStatus
  delegateCode?: string
}

export interface SuggestionUpdate {
  status: SuggestionStatus
  answer: string | null
  updatedAt: string
}

export interface Store {
  /**
   * Stores a new suggestion unless its requestId is known (then returns the
   * stored one, whoever asks) or the sender is over the limit. The sequence
   * number and the insert are one atomic step; the promise resolves only once
   * the row is durable.
   */
  insert(draft: NewSuggestion, rules: InsertRules): Promise<InsertOutcome>
  findByRequestId(requestId: string): Promise<Suggestion | null>
  get(id: string): Promise<Suggestion | null>
  /** Oldest first. */
  list(filter?: SuggestionFilter): Promise<Suggestion[]>
  count(filter?: SuggestionFilter): Promise<number>
  update(id: string, update: SuggestionUpdate): Promise<Suggestion | null>
  /**
   * Binds a delegate code to a WeChat OPENID unless it is bound already;
   * returns the OPENID the code is bound to after the call.
   */
  bindOpenid(delegateCode: string, openid: string): Promise<string>
  /** The OPENID a code is bound to, if any. */
  boundOpenid(delegateCode: string): Promise<string | null>
  /** The secretariat's reset: the code may be bound again. */
  unbindOpenid(delegateCode: string): Promise<void>
}

export function matchesFilter(s: Suggestion, filter: SuggestionFilter = {}): boolean {
  return (
    (filter.section === undefined || s.cardId.startsWith(`${filter.section}-`)) &&
    (filter.cardId === undefined || s.cardId === filter.cardId) &&
    (filter.status === undefined || s.status === filter.status) &&
    (filter.delegateCode === undefined || s.delegateCode === filter.delegateCode)
  )
}
