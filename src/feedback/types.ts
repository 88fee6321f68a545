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

/** 已收到 → 已交办 → 已答复; 不满意 sends an answered one into 重办 (src/feedback/workflow.ts). */
export const SUGGESTION_STATUSES = ['已收到', '已交办', '已答复', '重办'] as const
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number]

/** The sender's 满意度 of an answer. */
export const RATINGS = ['满意', '基本满意', '不满意'] as const
export type Rating = (typeof RATINGS)[number]

/** 'submit' is never stored: the timeline shown puts it first, from the suggestion itself. */
export type TimelineAction = 'submit' | 'assign' | 'answer' | 'rate'

/** One move of a suggestion: when, who, from → to, and what it carried. */
export interface TimelineEntry {
  /** ISO time */
  at: string
  /** A roster code, or ADMIN_TOKEN for a script with the admin token */
  by: string
  action: TimelineAction
  from: SuggestionStatus | null
  to: SuggestionStatus
  office?: string
  deadline?: string | null
  answer?: string
  rating?: Rating
  comment?: string | null
}

/** The workflow's fields on a suggestion. */
export interface Handling {
  status: SuggestionStatus
  /** 承办单位, a name from the offices list */
  office: string | null
  /** 期限, a Beijing date YYYY-MM-DD: the office answers by the end of that day */
  deadline: string | null
  assignedAt: string | null
  answer: string | null
  /** 答复时间 (ISO) and who answered (a roster code) */
  answeredAt: string | null
  answeredBy: string | null
  /** The sender's rating of the current answer; null until rated (and again after a new answer) */
  rating: Rating | null
  ratingComment: string | null
  ratedAt: string | null
  /** Every move, oldest first */
  timeline: TimelineEntry[]
}

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
export interface Suggestion extends Handling {
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
  office: string | null
  deadline: string | null
  answeredAt: string | null
  rating: Rating | null
  ratingComment: string | null
  /** The submit first, then every move (交办, 答复, the sender's rating) */
  timeline: TimelineEntry[]
  /** When the state or the answer last changed (交办, 答复): 我的's red dot compares it with the last look */
  changedAt: string | null
  /** An answer waits for the sender's 满意度 */
  canRate: boolean
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
