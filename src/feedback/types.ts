/**
 * Suggestions (代表建议 / 列席意见) as typed data, shared by the form, the
 * outbox, the handler and both stores (SQLite, cloud database).
 */

/** 工作人员: the secretariat's staff, who sign in like anyone (issue 13 gives them desk powers). */
export type DelegateRole = '代表' | '列席' | '工作人员'

export interface Delegate {
  /** The personal code printed on the delegate's card, normalised to upper case */
  code: string
  name: string
  /** e.g. 牛塘片代表小组 */
  delegation: string
  role: DelegateRole
  /** Six digits printed on the delegate's slip: the secret that signs them in */
  pin: string
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
  /** Codes of delegates invited to co-sign (附议); they count once they confirm */
  cosigners?: string[]
}

export const COSIGNER_STATES = ['invited', 'confirmed', 'declined'] as const
export type CosignerState = (typeof COSIGNER_STATES)[number]

/** One invited co-signer and their answer. */
export interface Cosigner {
  code: string
  state: CosignerState
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
  cosigners: Cosigner[]
  status: SuggestionStatus
  answer: string | null
  /** 1 when stored, +1 per change by the secretariat: a save names the version it started from */
  version: number
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
  /** Whom the sender invited to co-sign, and how each answered */
  cosigners: NamedCosigner[]
}

export interface NamedCosigner extends Cosigner {
  name: string
}

/** An invitation to co-sign someone else's suggestion, as `mine` lists it. */
export interface Invitation {
  suggestionId: string
  receipt: string
  title: string
  /** The sender's name */
  from: string
}

/** The answer to a successful sign-in. */
export interface SignedIn {
  session: string
  name: string
  delegation: string
  role: DelegateRole
}

/** Field name → Chinese message, as in `{"error":{"code":"invalid","fields":{…}}}`. */
export type FieldErrors = Record<string, string>

export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }
