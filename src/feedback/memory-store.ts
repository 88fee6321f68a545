/**
 * A Store in memory: for tests and the mini-program harness, and as the
 * reference behaviour the SQLite and cloud adapters follow.
 */
import {
  isAfter,
  isInvited,
  matchesFilter,
  type InsertOutcome,
  type InsertRules,
  type NewSuggestion,
  type Page,
  type Store,
  type SuggestionFilter,
  type SuggestionUpdate,
  type UpdateOutcome,
} from './store'
import type { Suggestion } from './types'
import { newHandling } from './workflow'

export function createMemoryStore(): Store & { readonly rows: readonly Suggestion[] } {
  const rows: Suggestion[] = []
  const bindings = new Map<string, string>()
  const sessions = new Map<string, { delegateCode: string; createdAt: string }>()
  const failures: Array<{ key: string; at: string }> = []
  // A suggestion is plain JSON; a deep copy keeps callers from changing the stored one.
  const copy = (s: Suggestion): Suggestion => JSON.parse(JSON.stringify(s)) as Suggestion
  const find = (id: string) => rows.find((s) => s.id === id)

  return {
    rows,
    async insert(draft: NewSuggestion, rules: InsertRules): Promise<InsertOutcome> {
      const existing = rows.find((s) => s.requestId === draft.requestId)
      if (existing) return { kind: 'existing', suggestion: copy(existing) }
      const recent = rows.filter((s) => s.delegateCode === draft.delegateCode && s.createdAt >= rules.limit.since)
      if (recent.length >= rules.limit.max) return { kind: 'rate_limited' }
      const seq = rows.length + 1
      const suggestion: Suggestion = {
        ...draft,
        ...newHandling(),
        cosigners: draft.cosigners.map((code) => ({ code, state: 'invited' })),
        id: String(seq),
        receipt: rules.receiptFor(seq),
        version: 1,
        updatedAt: draft.createdAt,
      }
      rows.push(suggestion)
      return { kind: 'created', suggestion: copy(suggestion) }
    },
    async findByRequestId(requestId) {
      const found = rows.find((s) => s.requestId === requestId)
      return found ? copy(found) : null
    },
    async get(id) {
      const found = find(id)
      return found ? copy(found) : null
    },
    async list(filter?: SuggestionFilter, page?: Page) {
      const matching = rows.filter((s) => matchesFilter(s, filter) && isAfter(s.id, page?.after))
      return (page ? matching.slice(0, page.limit) : matching).map(copy)
    },
    async count(filter?: SuggestionFilter) {
      return rows.filter((s) => matchesFilter(s, filter)).length
    },
    async update(id: string, update: SuggestionUpdate, expectedVersion: number): Promise<UpdateOutcome> {
      const found = find(id)
      if (!found) return { kind: 'missing' }
      if (found.version !== expectedVersion) return { kind: 'stale', current: copy(found) }
      Object.assign(found, JSON.parse(JSON.stringify(update)) as SuggestionUpdate, { version: found.version + 1 })
      return { kind: 'updated', suggestion: copy(found) }
    },
    async invitationsFor(code) {
      return rows.filter((s) => isInvited(s, code)).map(copy)
    },
    async answerInvitation(id, code, accept, updatedAt) {
      const found = find(id)
      const cosigner = found?.cosigners.find((c) => c.code === code)
      if (!found || !cosigner) return null
      cosigner.state = accept ? 'confirmed' : 'declined'
      found.updatedAt = updatedAt
      return copy(found)
    },
    async createSession(tokenHash, delegateCode, createdAt) {
      sessions.set(tokenHash, { delegateCode, createdAt })
    },
    async sessionDelegate(tokenHash) {
      return sessions.get(tokenHash)?.delegateCode ?? null
    },
    async endSession(tokenHash) {
      sessions.delete(tokenHash)
    },
    async endSessions(delegateCode) {
      let ended = 0
      for (const [hash, session] of sessions) {
        if (session.delegateCode === delegateCode) {
          sessions.delete(hash)
          ended++
        }
      }
      return ended
    },
    async recordFailedSignIn(keys, at) {
      for (const key of keys) failures.push({ key, at })
    },
    async failedSignIns(key, since) {
      return failures
        .filter((f) => f.key === key && f.at >= since)
        .map((f) => f.at)
        .sort()
    },
    async bindOpenid(code, openid) {
      if (!bindings.has(code)) bindings.set(code, openid)
      return bindings.get(code)!
    },
    async boundOpenid(code) {
      return bindings.get(code) ?? null
    },
    async codeBoundTo(openid) {
      for (const [code, bound] of bindings) if (bound === openid) return code
      return null
    },
    async unbindOpenid(code) {
      bindings.delete(code)
    },
  }
}
