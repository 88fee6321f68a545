/**
 * The secretariat's desk: list (paged, with counts), save a status and answer
 * against the version the page showed, and reset a delegate's sign-in. Plain
 * functions that answer `{ status, body }` like the handler, so any transport
 * (today the Fastify routes behind the admin token) only routes to them.
 */
import { z } from 'zod'
import { CARD_ID_PATTERN, SECTION_ID_PATTERN, compareCardIds } from './card-id'
import { errorBody, type HandlerResult } from './handler'
import { chineseErrorMap, normaliseDelegateCode } from './schema'
import { applyStatusChange, parseStatusChange } from './status'
import type { Store, SuggestionFilter } from './store'
import { SUGGESTION_STATUSES, type NamedCosigner, type Roster, type Suggestion, type SuggestionStatus } from './types'

export interface DeskContext {
  store: Store
  roster: Roster
  /** Card titles for the list */
  cardTitle?: (cardId: string) => string | undefined
  now?: () => Date
}

export const DESK_PAGE_DEFAULT = 50
export const DESK_PAGE_MAX = 200

export type AdminItem = Omit<Suggestion, 'cosigners'> & {
  cosigners: NamedCosigner[]
  cardTitle: string | null
  delegate: { name: string; delegation: string; role: string } | null
}

export function adminItem(s: Suggestion, roster: Roster, cardTitle?: (id: string) => string | undefined): AdminItem {
  const delegate = roster.get(s.delegateCode)
  return {
    ...s,
    cosigners: s.cosigners.map(({ code, state }) => ({ code, name: roster.get(code)?.name ?? code, state })),
    cardTitle: cardTitle?.(s.cardId) ?? null,
    delegate: delegate ? { name: delegate.name, delegation: delegate.delegation, role: delegate.role } : null,
  }
}

const ID_PATTERN = /^[1-9]\d{0,15}$/

const querySchema = z.object({
  section: z.string().regex(SECTION_ID_PATTERN, '篇章编号不正确').optional(),
  card: z.string().regex(CARD_ID_PATTERN, '卡片编号不正确').optional(),
  status: z.enum(SUGGESTION_STATUSES, { errorMap: () => ({ message: '状态只能是已收到、已交办或已答复' }) }).optional(),
  limit: z
    .string()
    .regex(/^\d{1,4}$/, '每页条数须为1到200')
    .transform(Number)
    .refine((n) => n >= 1 && n <= DESK_PAGE_MAX, `每页条数须为1到${DESK_PAGE_MAX}`)
    .optional(),
  cursor: z.string().regex(ID_PATTERN, '翻页位置不正确').optional(),
})

export interface DeskQuery {
  filter: SuggestionFilter
  limit: number
  cursor?: string
}

/** ?section=&card=&status=&limit=&cursor= → the query, or the 400 to answer. */
export function parseDeskQuery(query: unknown): { ok: true; value: DeskQuery } | { ok: false; result: HandlerResult } {
  // An empty parameter (?status=) means no filter, as a form sends it.
  const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''))
  const result = querySchema.safeParse(raw, { errorMap: chineseErrorMap })
  if (!result.success) {
    const fields: Record<string, string> = {}
    for (const issue of result.error.issues) fields[String(issue.path[0] ?? 'query')] ??= issue.message
    return { ok: false, result: { status: 400, body: errorBody('invalid', { fields }) } }
  }
  const { section, card, status, limit, cursor } = result.data
  return { ok: true, value: { filter: { section, cardId: card, status }, limit: limit ?? DESK_PAGE_DEFAULT, ...(cursor ? { cursor } : {}) } }
}

/**
 * One page of suggestions, oldest first, with `nextCursor` (null on the last
 * page), the total that match, the counts per status (of the other filters)
 * and the count per card (of everything).
 */
export async function listSuggestions(query: unknown, context: DeskContext): Promise<HandlerResult> {
  const parsed = parseDeskQuery(query)
  if (!parsed.ok) return parsed.result
  const { filter, limit, cursor } = parsed.value
  const { store, roster, cardTitle } = context
  const page = await store.list(filter, { after: cursor, limit: limit + 1 })
  const items = page.slice(0, limit)
  const byStatus = Object.fromEntries(
    await Promise.all(SUGGESTION_STATUSES.map(async (status) => [status, await store.count({ ...filter, status })] as const)),
  ) as Record<SuggestionStatus, number>
  return {
    status: 200,
    body: {
      items: items.map((s) => adminItem(s, roster, cardTitle)),
      total: await store.count(filter),
      nextCursor: page.length > limit ? items[items.length - 1]!.id : null,
      byStatus,
      byCard: countByCard(await store.list(), cardTitle),
    },
  }
}

/** Every suggestion the filters match (the CSV), or the 400 to answer. */
export async function exportSuggestions(query: unknown, context: DeskContext): Promise<{ ok: true; suggestions: Suggestion[] } | { ok: false; result: HandlerResult }> {
  const parsed = parseDeskQuery(query)
  if (!parsed.ok) return parsed
  return { ok: true, suggestions: await context.store.list(parsed.value.filter) }
}

/**
 * `{ status?, answer?, version }` for one suggestion. A version other than the
 * stored one is 409 `stale` with the current item, so the page can show what
 * someone else saved; nothing is written.
 */
export async function saveSuggestion(id: string, body: unknown, context: DeskContext): Promise<HandlerResult> {
  const { store, roster, cardTitle } = context
  const change = parseStatusChange(body)
  if (!change.ok) return { status: 400, body: errorBody('invalid', { fields: change.fields }) }
  const current = await store.get(id)
  if (!current) return { status: 404, body: errorBody('not_found') }
  if (current.version !== change.value.version) return stale(current, context)
  const next = applyStatusChange(current, change.value)
  if (!next.ok) {
    return next.code === 'status_backward'
      ? { status: 409, body: errorBody('status_backward') }
      : { status: 400, body: errorBody('invalid', { fields: next.fields }) }
  }
  const updatedAt = (context.now ?? (() => new Date()))().toISOString()
  const outcome = await store.update(current.id, { status: next.status, answer: next.answer, updatedAt }, change.value.version)
  switch (outcome.kind) {
    case 'missing':
      return { status: 404, body: errorBody('not_found') }
    case 'stale':
      return stale(outcome.current, context)
    case 'updated':
      return { status: 200, body: adminItem(outcome.suggestion, roster, cardTitle) }
  }
}

function stale(current: Suggestion, { roster, cardTitle }: DeskContext): HandlerResult {
  return { status: 409, body: { ...errorBody('stale'), current: adminItem(current, roster, cardTitle) } }
}

/** Ends every session of a delegate and their WeChat binding: they sign in again with the pin. */
export async function resetDelegate(rawCode: string, context: DeskContext): Promise<HandlerResult> {
  const code = normaliseDelegateCode(rawCode)
  const delegate = context.roster.get(code)
  if (!delegate) return { status: 404, body: errorBody('not_found') }
  const sessionsEnded = await context.store.endSessions(code)
  const wasBound = (await context.store.boundOpenid(code)) !== null
  await context.store.unbindOpenid(code)
  return { status: 200, body: { code, name: delegate.name, sessionsEnded, unbound: wasBound } }
}

function countByCard(all: readonly Suggestion[], cardTitle?: (id: string) => string | undefined) {
  const counts = new Map<string, number>()
  for (const s of all) counts.set(s.cardId, (counts.get(s.cardId) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => compareCardIds(a, b))
    .map(([cardId, count]) => ({ cardId, cardTitle: cardTitle?.(cardId) ?? null, count }))
}
