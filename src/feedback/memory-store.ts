/**
 * A Store in memory: for tests, and as the reference behaviour the SQLite and
 * cloud adapters follow.
 */
import { matchesFilter, type InsertOutcome, type InsertRules, type NewSuggestion, type Store, type SuggestionFilter, type SuggestionUpdate } from './store'
import type { Suggestion } from './types'

export function createMemoryStore(): Store & { readonly rows: readonly Suggestion[] } {
  const rows: Suggestion[] = []
  const bindings = new Map<string, string>()
  const copy = (s: Suggestion): Suggestion => ({ ...s, cosigners: [...s.cosigners] })

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
        cosigners: [...draft.cosigners],
        id: String(seq),
        receipt: rules.receiptFor(seq),
        status: '已收到',
        answer: null,
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
      const found = rows.find((s) => s.id === id)
      return found ? copy(found) : null
    },
    async list(filter?: SuggestionFilter) {
      return rows.filter((s) => matchesFilter(s, filter)).map(copy)
    },
    async count(filter?: SuggestionFilter) {
      return rows.filter((s) => matchesFilter(s, filter)).length
    },
    async update(id: string, update: SuggestionUpdate) {
      const found = rows.find((s) => s.id === id)
      if (!found) return null
      Object.assign(found, update)
      return copy(found)
    },
    async bindOpenid(code, openid) {
      if (!bindings.has(code)) bindings.set(code, openid)
      return bindings.get(code)!
    },
    async boundOpenid(code) {
      return bindings.get(code) ?? null
    },
    async unbindOpenid(code) {
      bindings.delete(code)
    },
  }
}
