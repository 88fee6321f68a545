/**
 * Where suggestions, sessions and failed sign-ins live. Async so that the
 * cloud database fits behind the same interface as SQLite; the handler and the
 * secretariat's desk only ever talk to a Store.
 */
import type { Handling, Suggestion, SuggestionStatus } from './types'

/** A suggestion before the store has numbered it (and before any handling); `cosigners` are the invited codes. */
export type NewSuggestion = Omit<Suggestion, 'id' | 'receipt' | 'updatedAt' | 'version' | 'cosigners' | keyof Handling> & {
  cosigners: string[]
}

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

/** One page of a list, oldest first: ids after `after`, at most `limit` of them. */
export interface Page {
  after?: string
  limit: number
}

/** A move of the workflow (src/feedback/workflow.ts): every handling field and the timeline, as they now are. */
export type SuggestionUpdate = Handling & { updatedAt: string }

export type UpdateOutcome =
  | { kind: 'updated'; suggestion: Suggestion }
  /** Someone saved since `expectedVersion`: nothing is written */
  | { kind: 'stale'; current: Suggestion }
  | { kind: 'missing' }

export interface Store {
  /**
   * Stores a new suggestion unless its requestId is known (then returns the
   * stored one, whoever asks) or the sender is over the limit. The sequence
   * number and the insert are one atomic step; the promise resolves only once
   * the row is durable. Co-signers start as `invited`; version starts at 1;
   * the handling is `newHandling()` (已收到, no office, an empty timeline).
   */
  insert(draft: NewSuggestion, rules: InsertRules): Promise<InsertOutcome>
  findByRequestId(requestId: string): Promise<Suggestion | null>
  get(id: string): Promise<Suggestion | null>
  /** Oldest first; one page when `page` is given. */
  list(filter?: SuggestionFilter, page?: Page): Promise<Suggestion[]>
  count(filter?: SuggestionFilter): Promise<number>
  /** A workflow move (交办, 答复, the sender's rating), only if the suggestion is still at `expectedVersion`; version +1. */
  update(id: string, update: SuggestionUpdate, expectedVersion: number): Promise<UpdateOutcome>
  /** Suggestions that invite `code` to co-sign and wait for the answer, oldest first. */
  invitationsFor(code: string): Promise<Suggestion[]>
  /**
   * A co-signer's answer. Null when the suggestion does not list `code` as a
   * co-signer (or does not exist). The secretariat's version is not changed.
   */
  answerInvitation(id: string, code: string, accept: boolean, updatedAt: string): Promise<Suggestion | null>

  /** Keeps a session under the hash of its token (never the token itself). */
  createSession(tokenHash: string, delegateCode: string, createdAt: string): Promise<void>
  /** The delegate code of a live session, or null. */
  sessionDelegate(tokenHash: string): Promise<string | null>
  endSession(tokenHash: string): Promise<void>
  /** Ends every session of a code (the secretariat's reset); returns how many. */
  endSessions(delegateCode: string): Promise<number>

  /** Counts one failed sign-in against each key (e.g. "code:NT0001", "address:10.0.0.7"). */
  recordFailedSignIn(keys: readonly string[], at: string): Promise<void>
  /** The times (ISO, oldest first) of the key's failed sign-ins at or after `since`. */
  failedSignIns(key: string, since: string): Promise<string[]>

  /**
   * Binds a delegate code to a WeChat OPENID unless it is bound already;
   * returns the OPENID the code is bound to after the call.
   */
  bindOpenid(delegateCode: string, openid: string): Promise<string>
  /** The OPENID a code is bound to, if any. */
  boundOpenid(delegateCode: string): Promise<string | null>
  /** The code an OPENID is bound to, if any. */
  codeBoundTo(openid: string): Promise<string | null>
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

/** Ids are sequence numbers as text: compare them as numbers. */
export function isAfter(id: string, after: string | undefined): boolean {
  return after === undefined || Number(id) > Number(after)
}

export function isInvited(s: Suggestion, code: string): boolean {
  return s.cosigners.some((c) => c.code === code && c.state === 'invited')
}
