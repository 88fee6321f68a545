/**
 * The Store on the WeChat cloud database, behind the same interface as SQLite.
 *
 * - A suggestion's document _id is its requestId, so a replay finds it by key.
 * - The receipt sequence is a counter document read and written in the same
 *   transaction as the insert (the database retries conflicting transactions).
 * - A binding's _id is the delegate code; `add` fails on an existing one, so
 *   the first OPENID wins.
 * - The rate limit counts before the transaction (the cloud database cannot
 *   query inside one): two requests racing at the limit may both pass.
 * - A save by the secretariat is a conditional update on `version`, so a stale
 *   one changes nothing.
 * - Co-signers are a list of `{ code, state }` in the suggestion, with
 *   `invitedCodes` beside it (the codes still to answer) for WeChat's
 *   array-contains query.
 * - Sessions: `_id` is the token's hash. Failed sign-ins: one document each.
 * - The workflow's fields and the timeline are fields of the suggestion; a
 *   document from before them reads as 已收到 with an empty timeline.
 */
import { sectionOfCard } from '../../src/feedback/card-id'
import { matchesFilter, type InsertOutcome, type InsertRules, type NewSuggestion, type Store, type SuggestionFilter, type UpdateOutcome } from '../../src/feedback/store'
import type { Cosigner, Suggestion } from '../../src/feedback/types'
import { newHandling } from '../../src/feedback/workflow'
import type { CloudDatabase, CloudDocumentRef, CloudQuery } from './wx-server-sdk'

export const COLLECTIONS = {
  suggestions: 'suggestions',
  counters: 'counters',
  bindings: 'bindings',
  sessions: 'sessions',
  failedSignIns: 'failed_sign_ins',
  /** One document per subscription notice tried: sent, refused (43101) or failed; never retried */
  notices: 'notices',
} as const
const COUNTER_ID = 'suggestions'
const PAGE = 100

function isMissing(error: unknown): boolean {
  return /not exist|cannot find|does not exist|not found/i.test(String((error as Error)?.message ?? error))
}

function isDuplicate(error: unknown): boolean {
  return /duplicate|already exist/i.test(String((error as Error)?.message ?? error))
}

async function getOrNull(ref: CloudDocumentRef): Promise<Record<string, unknown> | null> {
  try {
    const { data } = await ref.get()
    return data ?? null
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
}

/** Before consent, co-signers were stored as bare codes: they never confirmed. */
function toCosigners(value: unknown): Cosigner[] {
  return ((value as Array<string | Cosigner> | undefined) ?? []).map((c) => (typeof c === 'string' ? { code: c, state: 'invited' } : { ...c }))
}

function invitedCodes(cosigners: readonly Cosigner[]): string[] {
  return cosigners.filter((c) => c.state === 'invited').map((c) => c.code)
}

/** The stored document without the database's own fields (_id, seq, sectionId, invitedCodes). */
function toSuggestion(doc: Record<string, unknown>): Suggestion {
  const s = doc as unknown as Suggestion
  const blank = newHandling()
  return {
    id: s.id,
    receipt: s.receipt,
    requestId: s.requestId,
    delegateCode: s.delegateCode,
    title: s.title,
    content: s.content,
    cardId: s.cardId,
    phone: s.phone ?? null,
    cosigners: toCosigners(s.cosigners),
    status: s.status,
    answer: s.answer ?? null,
    office: s.office ?? blank.office,
    deadline: s.deadline ?? blank.deadline,
    assignedAt: s.assignedAt ?? blank.assignedAt,
    answeredAt: s.answeredAt ?? (s.status === '已答复' ? s.updatedAt : null),
    answeredBy: s.answeredBy ?? blank.answeredBy,
    rating: s.rating ?? blank.rating,
    ratingComment: s.ratingComment ?? blank.ratingComment,
    ratedAt: s.ratedAt ?? blank.ratedAt,
    timeline: Array.isArray(s.timeline) ? s.timeline : blank.timeline,
    version: typeof s.version === 'number' ? s.version : 1,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  }
}

export function createCloudStore(db: CloudDatabase): Store & { ready(): Promise<void> } {
  const suggestions = () => db.collection(COLLECTIONS.suggestions)
  const bindings = () => db.collection(COLLECTIONS.bindings)
  const sessions = () => db.collection(COLLECTIONS.sessions)
  const failures = () => db.collection(COLLECTIONS.failedSignIns)
  let prepared: Promise<void> | null = null

  /** Collections and the counter must exist before the first transaction. */
  async function prepare(): Promise<void> {
    for (const name of Object.values(COLLECTIONS)) {
      await db.createCollection(name).catch((error: unknown) => {
        if (!isDuplicate(error)) throw error
      })
    }
    await db
      .collection(COLLECTIONS.counters)
      .add({ data: { _id: COUNTER_ID, seq: 0 } })
      .catch((error: unknown) => {
        if (!isDuplicate(error)) throw error
      })
  }
  const ready = () => (prepared ??= prepare().catch((error) => {
    prepared = null
    throw error
  }))

  function where(filter: SuggestionFilter = {}): Record<string, unknown> {
    const condition: Record<string, unknown> = {}
    if (filter.section !== undefined) condition.sectionId = filter.section
    if (filter.cardId !== undefined) condition.cardId = filter.cardId
    if (filter.status !== undefined) condition.status = filter.status
    if (filter.delegateCode !== undefined) condition.delegateCode = filter.delegateCode
    return condition
  }

  async function byId(id: string): Promise<Suggestion | null> {
    const { data } = await suggestions().where({ id }).limit(1).get()
    return data[0] ? toSuggestion(data[0]) : null
  }

  async function all(query: CloudQuery): Promise<Array<Record<string, unknown>>> {
    const rows: Array<Record<string, unknown>> = []
    for (let skip = 0; ; skip += PAGE) {
      const { data } = await query.orderBy('seq', 'asc').skip(skip).limit(PAGE).get()
      rows.push(...data)
      if (data.length < PAGE) return rows
    }
  }

  return {
    ready,

    async insert(draft: NewSuggestion, rules: InsertRules): Promise<InsertOutcome> {
      await ready()
      const known = await getOrNull(suggestions().doc(draft.requestId))
      if (known) return { kind: 'existing', suggestion: toSuggestion(known) }
      const { total } = await suggestions()
        .where({ delegateCode: draft.delegateCode, createdAt: db.command.gte(rules.limit.since) })
        .count()
      if (total >= rules.limit.max) return { kind: 'rate_limited' }

      return db.runTransaction(async (t): Promise<InsertOutcome> => {
        const existing = await getOrNull(t.collection(COLLECTIONS.suggestions).doc(draft.requestId))
        if (existing) return { kind: 'existing', suggestion: toSuggestion(existing) }
        const counter = t.collection(COLLECTIONS.counters).doc(COUNTER_ID)
        const { data } = await counter.get()
        const seq = Number(data.seq ?? 0) + 1
        await counter.update({ data: { seq } })
        const suggestion: Suggestion = {
          ...draft,
          ...newHandling(),
          cosigners: draft.cosigners.map((code) => ({ code, state: 'invited' })),
          id: String(seq),
          receipt: rules.receiptFor(seq),
          version: 1,
          updatedAt: draft.createdAt,
        }
        await t
          .collection(COLLECTIONS.suggestions)
          .doc(draft.requestId)
          .set({ data: { ...suggestion, seq, sectionId: sectionOfCard(draft.cardId), invitedCodes: [...draft.cosigners] } })
        return { kind: 'created', suggestion }
      })
    },

    async findByRequestId(requestId) {
      const doc = await getOrNull(suggestions().doc(requestId))
      return doc ? toSuggestion(doc) : null
    },

    get: byId,

    async list(filter, page) {
      if (!page) {
        const rows = (await all(suggestions().where(where(filter)))).map(toSuggestion)
        return rows.filter((s) => matchesFilter(s, filter))
      }
      const condition = { ...where(filter), ...(page.after === undefined ? {} : { seq: db.command.gt(Number(page.after) || 0) }) }
      const { data } = await suggestions().where(condition).orderBy('seq', 'asc').limit(page.limit).get()
      return data.map(toSuggestion).filter((s) => matchesFilter(s, filter))
    },

    async count(filter) {
      return (await suggestions().where(where(filter)).count()).total
    },

    async update(id, change, expectedVersion): Promise<UpdateOutcome> {
      const { stats } = await suggestions()
        .where({ id, version: expectedVersion })
        .update({ data: { ...change, version: db.command.inc(1) } })
      const current = await byId(id)
      if (!current) return { kind: 'missing' }
      return stats.updated ? { kind: 'updated', suggestion: current } : { kind: 'stale', current }
    },

    async invitationsFor(code) {
      const rows = (await all(suggestions().where({ invitedCodes: code }))).map(toSuggestion)
      return rows.filter((s) => s.cosigners.some((c) => c.code === code && c.state === 'invited'))
    },

    async answerInvitation(id, code, accept, updatedAt) {
      const found = (await suggestions().where({ id }).limit(1).get()).data[0]
      if (!found) return null
      const answered = await db.runTransaction(async (t) => {
        const ref = t.collection(COLLECTIONS.suggestions).doc(String(found._id))
        const cosigners = toCosigners((await ref.get()).data.cosigners)
        const cosigner = cosigners.find((c) => c.code === code)
        if (!cosigner) return false
        cosigner.state = accept ? 'confirmed' : 'declined'
        await ref.update({ data: { cosigners, invitedCodes: invitedCodes(cosigners), updatedAt } })
        return true
      })
      return answered ? byId(id) : null
    },

    async createSession(tokenHash, delegateCode, createdAt) {
      await ready()
      await sessions().add({ data: { _id: tokenHash, delegateCode, createdAt } })
    },

    async sessionDelegate(tokenHash) {
      const session = await getOrNull(sessions().doc(tokenHash))
      return session ? String(session.delegateCode) : null
    },

    async endSession(tokenHash) {
      await sessions()
        .doc(tokenHash)
        .remove()
        .catch((error: unknown) => {
          if (!isMissing(error)) throw error
        })
    },

    async endSessions(delegateCode) {
      await ready()
      const { stats } = await sessions().where({ delegateCode }).remove()
      return stats.removed
    },

    async recordFailedSignIn(keys, at) {
      await ready()
      for (const key of keys) await failures().add({ data: { key, at } })
    },

    async failedSignIns(key, since) {
      await ready()
      const { data } = await failures().where({ key, at: db.command.gte(since) }).orderBy('at', 'asc').limit(1000).get()
      return data.map((d) => String(d.at))
    },

    async codeBoundTo(openid) {
      await ready()
      const { data } = await bindings().where({ openid }).limit(1).get()
      return data[0] ? String(data[0]._id) : null
    },

    async bindOpenid(code, openid) {
      await ready()
      try {
        await bindings().add({ data: { _id: code, openid } })
        return openid
      } catch (error) {
        if (!isDuplicate(error)) throw error
        const bound = await getOrNull(bindings().doc(code))
        if (!bound) throw error
        return String(bound.openid)
      }
    },

    async boundOpenid(code) {
      const bound = await getOrNull(bindings().doc(code))
      return bound ? String(bound.openid) : null
    },

    async unbindOpenid(code) {
      await bindings()
        .doc(code)
        .remove()
        .catch((error: unknown) => {
          if (!isMissing(error)) throw error
        })
    },
  }
}
