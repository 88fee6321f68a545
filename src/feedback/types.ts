/**
 * Suggestions (代表建议 / 列席意见) as typed data, shared by the form, the
 * outbox, the handler and both stores (SQLite, cloud database).
 */

export type DelegateRole = '代表' | '列席'

export interface Delegate {
  /** The personal code printed on the delegate's card, normalised to upper case */
  code: string
  name: string
  /** e.g. 牛塘片代表小组 */
  delegation: string
  role: DelegateRole
}

/** Delegates by normalised code. */
export type Roster = ReadonlyMap<string, Delegate>

export const SUGGESTION_STATUSES = ['已收到', '已交办', '已答复'] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

/** What the sender types, after validation (trimmed). */
export interface SuggestionInput {
  title: string
  content: string
  /** A card id such as "review-2-3" */
  cardId: string
  phone?: string
  /** Codes of co-signing delegates (附议) */
  cosigners?: string[]
}

/** A stored suggestion. */
export interface Suggestion {
  id: string
  /** e.g. NT-2022-0007 */
  receipt: string
  /** The client's uuid; the same request twice stores one row */
  requestId: string
  delegateCode: string
  title: string
  content: string
  cardId: string
  phone: string | null
  cosigners: string[]
  status: SuggestionStatus
  answer: string | null
  /** ISO timestamps */
  createdAt: string
  updatedAt: string
}

/** The answer to a successful submit: the contract's `{ id, receipt }`. */
export interface Receipt {
  id: string
  receipt: string
}

/** One row of the `mine` answer. */
export interface MineItem {
  id: string
  receipt: string
  title: string
  cardId: string
  status: SuggestionStatus
  answer: string | null
  createdAt: string
}

/** Field name → Chinese message, as in `{"error":{"code":"invalid","fields":{…}}}`. */
export type FieldErrors = Record<string, string>

export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }
