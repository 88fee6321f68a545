/**
 * The secretariat's desk: list (filters, paging, counts per status, per card
 * and per office), get one, save a workflow move against the version the page
 * showed, export (.xlsx and the CSV's rows), and reset a delegate's sign-in.
 * Plain functions that answer `{ status, body }` like the handler, so both
 * transports only route to them: the local server's /api/admin/* and the
 * handler's desk actions (the cloud function, and POST /api/feedback).
 * Who may call them (a staff session or the admin token) is the transport's
 * check; every change records the `Actor` it is given.
 */
import { compareCardIds } from './card-id'
import { COUNT_FILTERS, countsByCard, countsByOffice, countsByStatus, deskCounts, matchesDeskFilter, pageOf, parseDeskQuery, type DeskFilter } from './desk-view'
import { errorBody, type HandlerResult } from './handler'
import type { Offices } from './offices'
import { normaliseDelegateCode } from './schema'
import type { Store, SuggestionFilter } from './store'
import type { NamedCosigner, Roster, Suggestion, TimelineEntry } from './types'
import { applyMoves, daysOpen, isOverdue, parseDeskSave, planDeskSave, timelineOf, type Actor, type Refusal } from './workflow'
import { suggestionsXlsx, XLSX_CONTENT_TYPE, XLSX_FILE_NAME } from './xlsx-export'

export { DESK_PAGE_DEFAULT, DESK_PAGE_MAX } from './desk-view'

export interface DeskContext {
  store: Store
  roster: Roster
  /** The town's 承办单位 */
  offices: Offices
  /** Card titles for the list */
  cardTitle?: (cardId: string) => string | undefined
  now?: () => Date
  /** Told of each 交办 and 答复 once saved (the cloud function's subscription notice); its failure never fails the save */
  notify?: (suggestion: Suggestion, entry: TimelineEntry) => Promise<void>
}

/** A timeline entry with the name of who made it. */
export type NamedTimelineEntry = TimelineEntry & { byName: string }

export type AdminItem = Omit<Suggestion, 'cosigners' | 'timeline'> & {
  cosigners: NamedCosigner[]
  cardTitle: string | null
  delegate: { name: string; delegation: string; role: string } | null
  /** The submit first, then every move */
  timeline: NamedTimelineEntry[]
  daysOpen: number
  overdue: boolean
}

function nameOf(roster: Roster, code: string): string {
  if (code === 'ADMIN_TOKEN') return '人大办（管理口令）'
  return roster.get(code)?.name ?? code
}

export function namedTimeline(s: Suggestion, roster: Roster): NamedTimelineEntry[] {
  return timelineOf(s).map((entry) => ({ ...entry, byName: nameOf(roster, entry.by) }))
}

export function adminItem(s: Suggestion, context: Pick<DeskContext, 'roster' | 'cardTitle'>, now: Date): AdminItem {
  const { roster, cardTitle } = context
  const delegate = roster.get(s.delegateCode)
  return {
    ...s,
    cosigners: s.cosigners.map(({ code, state }) => ({ code, name: roster.get(code)?.name ?? code, state })),
    cardTitle: cardTitle?.(s.cardId) ?? null,
    delegate: delegate ? { name: delegate.name, delegation: delegate.delegation, role: delegate.role } : null,
    timeline: namedTimeline(s, roster),
    daysOpen: daysOpen(s, now),
    overdue: isOverdue(s, now),
  }
}

const nowOf = (context: DeskContext) => (context.now ?? (() => new Date()))()

/** What the store filters itself; office, rating and overdue are applied after. */
function storeFilter({ section, cardId, status, delegateCode }: DeskFilter): SuggestionFilter {
  const filter: SuggestionFilter = {}
  if (section !== undefined) filter.section = section
  if (cardId !== undefined) filter.cardId = cardId
  if (status !== undefined) filter.status = status
  if (delegateCode !== undefined) filter.delegateCode = delegateCode
  return filter
}

/** Everything the filter matches, oldest first. A town's suggestions are hundreds, not millions. */
async function matching(filter: DeskFilter, context: DeskContext, now: Date): Promise<Suggestion[]> {
  return (await context.store.list(storeFilter(filter))).filter((s) => matchesDeskFilter(s, filter, now))
}

function invalid(fields: Record<string, string>): HandlerResult {
  return { status: 400, body: errorBody('invalid', { fields }) }
}

/**
 * One page of suggestions, oldest first, with `nextCursor` (null on the last
 * page) and `total` (all that match). `byStatus` and `counts` (待交办 / 办理中 /
 * 已答复 / 不满意 / 逾期) count the other filters (section, card, office) so
 * each can be chosen from there; `byCard` and `byOffice` count everything.
 */
export async function listSuggestions(query: unknown, context: DeskContext): Promise<HandlerResult> {
  const parsed = parseDeskQuery(query, context.offices)
  if (!parsed.ok) return invalid(parsed.fields)
  const { filter, limit, cursor } = parsed.value
  const now = nowOf(context)
  const all = await context.store.list()
  const items = all.filter((s) => matchesDeskFilter(s, filter, now))
  const { status: _status, rating: _rating, overdue: _overdue, ...scope } = filter
  const inScope = all.filter((s) => matchesDeskFilter(s, scope, now))
  const page = pageOf(items, limit, cursor)
  return {
    status: 200,
    body: {
      items: page.items.map((s) => adminItem(s, context, now)),
      total: items.length,
      nextCursor: page.nextCursor,
      byStatus: countsByStatus(inScope),
      counts: deskCounts(inScope, now),
      countFilters: COUNT_FILTERS,
      byCard: countsByCard(all, context.cardTitle),
      byOffice: countsByOffice(all, context.offices, now),
      offices: context.offices.list,
    },
  }
}

export async function getSuggestion(id: string, context: DeskContext): Promise<HandlerResult> {
  const found = await context.store.get(id)
  return found ? { status: 200, body: adminItem(found, context, nowOf(context)) } : { status: 404, body: errorBody('not_found') }
}

/** Every suggestion the filters match, in report order (the CSV), or the 400 to answer. */
export async function exportSuggestions(
  query: unknown,
  context: DeskContext,
): Promise<{ ok: true; suggestions: Suggestion[] } | { ok: false; result: HandlerResult }> {
  const parsed = parseDeskQuery(query, context.offices)
  if (!parsed.ok) return { ok: false, result: invalid(parsed.fields) }
  const rows = await matching(parsed.value.filter, context, nowOf(context))
  return { ok: true, suggestions: rows.sort((a, b) => compareCardIds(a.cardId, b.cardId) || Number(a.id) - Number(b.id)) }
}

export interface ExportFile {
  name: string
  contentType: string
  bytes: Buffer
}

/** The .xlsx of every suggestion the filters match, or the 400 to answer. */
export async function exportWorkbook(query: unknown, context: DeskContext): Promise<{ ok: true; file: ExportFile } | { ok: false; result: HandlerResult }> {
  const rows = await exportSuggestions(query, context)
  if (!rows.ok) return rows
  const bytes = await suggestionsXlsx({
    suggestions: rows.suggestions,
    roster: context.roster,
    offices: context.offices,
    cardTitle: context.cardTitle,
    now: nowOf(context),
  })
  return { ok: true, file: { name: XLSX_FILE_NAME, contentType: XLSX_CONTENT_TYPE, bytes } }
}

/** A workflow refusal as the answer: 400 for what to fix in the form, 409 for the state, 403 for who. */
export function refusalResult(refusal: Refusal): HandlerResult {
  const detail = { message: refusal.message, fields: { [refusal.field]: refusal.message } }
  switch (refusal.code) {
    case 'invalid':
    case 'unchanged':
      return { status: 400, body: errorBody('invalid', detail) }
    case 'forbidden':
      return { status: 403, body: errorBody('forbidden', detail) }
    case 'status_backward':
      return { status: 409, body: errorBody('status_backward', detail) }
    case 'wrong_state':
      return { status: 409, body: errorBody('wrong_state', detail) }
  }
}

/**
 * `{ status?, office?, deadline?, answer?, version }` for one suggestion, by
 * `actor`. A version other than the stored one is 409 `stale` with the
 * current item, so the page can show what someone else saved; nothing is written.
 */
export async function saveSuggestion(id: string, body: unknown, context: DeskContext, actor: Actor): Promise<HandlerResult> {
  const save = parseDeskSave(body)
  if (!save.ok) return invalid(save.fields)
  const current = await context.store.get(id)
  if (!current) return { status: 404, body: errorBody('not_found') }
  const now = nowOf(context)
  if (current.version !== save.value.version) return stale(current, context, now)

  const plan = planDeskSave(current, save.value)
  if (!plan.ok) return refusalResult(plan.refusal)
  const moved = applyMoves(current, plan.moves, { actor, owner: current.delegateCode, offices: context.offices, now })
  if (!moved.ok) return refusalResult(moved.refusal)

  const outcome = await context.store.update(current.id, { ...moved.handling, updatedAt: now.toISOString() }, save.value.version)
  switch (outcome.kind) {
    case 'missing':
      return { status: 404, body: errorBody('not_found') }
    case 'stale':
      return stale(outcome.current, context, now)
    case 'updated':
      await tell(context, outcome.suggestion, moved.entries)
      return { status: 200, body: adminItem(outcome.suggestion, context, now) }
  }
}

async function tell(context: DeskContext, suggestion: Suggestion, entries: readonly TimelineEntry[]): Promise<void> {
  if (!context.notify) return
  // The last 交办 or 答复 of the save: one notice per save.
  const entry = [...entries].reverse().find((e) => e.action === 'assign' || e.action === 'answer')
  if (!entry) return
  try {
    await context.notify(suggestion, entry)
  } catch (error) {
    console.error('notice failed', error)
  }
}

function stale(current: Suggestion, context: DeskContext, now: Date): HandlerResult {
  return { status: 409, body: { ...errorBody('stale'), current: adminItem(current, context, now) } }
}

/** Ends every session of a delegate and their WeChat binding: they sign in again with the pin. */
export async function resetDelegate(rawCode: string, context: Pick<DeskContext, 'store' | 'roster'>): Promise<HandlerResult> {
  const code = normaliseDelegateCode(rawCode)
  const delegate = context.roster.get(code)
  if (!delegate) return { status: 404, body: errorBody('not_found') }
  const sessionsEnded = await context.store.endSessions(code)
  const wasBound = (await context.store.boundOpenid(code)) !== null
  await context.store.unbindOpenid(code)
  return { status: 200, body: { code, name: delegate.name, sessionsEnded, unbound: wasBound } }
}
