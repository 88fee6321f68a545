/**
 * What the secretariat's desk shows, as pure functions over stored
 * suggestions: the query (filters by state, office, card, section, rating and
 * overdue; a page with a cursor), the counts 待交办 / 办理中 / 已答复 / 不满意 /
 * 逾期, and the tallies per office and per card (the list's side panel and
 * the spreadsheet's second sheet).
 */
import { z } from 'zod'
import { SECTION_ID_PATTERN, compareCardIds, isCardIdShape } from './card-id'
import type { Offices } from './offices'
import { chineseErrorMap } from './schema'
import { RATINGS, SUGGESTION_STATUSES, type Suggestion, type SuggestionStatus } from './types'
import { isOverdue, type Parsed } from './workflow'

export const DESK_PAGE_DEFAULT = 50
export const DESK_PAGE_MAX = 200

/** 未评价: answered, waiting for the delegate's rating. */
export const RATING_FILTERS = [...RATINGS, '未评价'] as const
export type RatingFilter = (typeof RATING_FILTERS)[number]

export interface DeskFilter {
  status?: SuggestionStatus
  office?: string
  /** e.g. "review-2-3" */
  cardId?: string
  /** e.g. "review-2" */
  section?: string
  rating?: RatingFilter
  /** true: only the overdue; false: only those that are not */
  overdue?: boolean
  delegateCode?: string
}

type Filterable = Pick<Suggestion, 'cardId' | 'status' | 'office' | 'deadline' | 'rating' | 'delegateCode'>

export function matchesDeskFilter(s: Filterable, filter: DeskFilter, now: Date): boolean {
  return (
    (filter.status === undefined || s.status === filter.status) &&
    (filter.office === undefined || s.office === filter.office) &&
    (filter.cardId === undefined || s.cardId === filter.cardId) &&
    (filter.section === undefined || s.cardId.startsWith(`${filter.section}-`)) &&
    (filter.rating === undefined || (filter.rating === '未评价' ? s.status === '已答复' && s.rating === null : s.rating === filter.rating)) &&
    (filter.overdue === undefined || isOverdue(s, now) === filter.overdue) &&
    (filter.delegateCode === undefined || s.delegateCode === filter.delegateCode)
  )
}

export const DESK_COUNT_NAMES = ['待交办', '办理中', '已答复', '不满意', '逾期'] as const
export type DeskCountName = (typeof DESK_COUNT_NAMES)[number]
export type DeskCounts = Record<DeskCountName, number>

/**
 * The filter behind each count, so a tap on a count lists what it counts.
 * The first four split every suggestion by state (不满意 = back in 重办);
 * 逾期 is across them (handed out, past the 期限, not answered).
 */
export const COUNT_FILTERS: Record<DeskCountName, DeskFilter> = {
  待交办: { status: '已收到' },
  办理中: { status: '已交办' },
  已答复: { status: '已答复' },
  不满意: { status: '重办' },
  逾期: { overdue: true },
}

export function deskCounts(items: readonly Filterable[], now: Date): DeskCounts {
  const counts = Object.fromEntries(DESK_COUNT_NAMES.map((name) => [name, 0])) as DeskCounts
  for (const s of items) for (const name of DESK_COUNT_NAMES) if (matchesDeskFilter(s, COUNT_FILTERS[name], now)) counts[name]++
  return counts
}

export function countsByStatus(items: readonly Pick<Suggestion, 'status'>[]): Record<SuggestionStatus, number> {
  const counts = Object.fromEntries(SUGGESTION_STATUSES.map((state) => [state, 0])) as Record<SuggestionStatus, number>
  for (const s of items) counts[s.status]++
  return counts
}

export interface OfficeTally {
  office: string
  total: number
  办理中: number
  已答复: number
  逾期: number
  满意: number
  基本满意: number
  不满意: number
}

/** Per office of the list (in its order, even with none), then any other office a suggestion names. */
export function countsByOffice(items: readonly Filterable[], offices: Offices, now: Date): OfficeTally[] {
  const tallies = new Map<string, OfficeTally>()
  const tally = (office: string) => {
    let t = tallies.get(office)
    if (!t) tallies.set(office, (t = { office, total: 0, 办理中: 0, 已答复: 0, 逾期: 0, 满意: 0, 基本满意: 0, 不满意: 0 }))
    return t
  }
  for (const { name } of offices.list) tally(name)
  for (const s of items) {
    if (s.office === null) continue
    const t = tally(s.office)
    t.total++
    if (s.status === '已交办' || s.status === '重办') t.办理中++
    if (s.status === '已答复') t.已答复++
    if (isOverdue(s, now)) t.逾期++
    if (s.rating !== null) t[s.rating]++
  }
  return [...tallies.values()]
}

export interface CardTally {
  cardId: string
  cardTitle: string | null
  count: number
}

/** Per card in report order, only cards with suggestions. */
export function countsByCard(items: readonly Pick<Suggestion, 'cardId'>[], cardTitle?: (cardId: string) => string | undefined): CardTally[] {
  const counts = new Map<string, number>()
  for (const s of items) counts.set(s.cardId, (counts.get(s.cardId) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => compareCardIds(a, b))
    .map(([cardId, count]) => ({ cardId, cardTitle: cardTitle?.(cardId) ?? null, count }))
}

// ---- The query ----

const ID_PATTERN = /^[1-9]\d{0,15}$/

export interface DeskQuery {
  filter: DeskFilter
  limit: number
  cursor?: string
}

function querySchema(offices?: Offices) {
  return z.object({
    section: z.string().regex(SECTION_ID_PATTERN, '篇章编号不正确').optional(),
    card: z.string().refine(isCardIdShape, '卡片编号不正确').optional(),
    status: z.enum(SUGGESTION_STATUSES, { errorMap: () => ({ message: '状态只能是已收到、已交办、已答复或重办' }) }).optional(),
    office: z
      .string()
      .max(100, '承办单位不在名单中')
      .refine((name) => !offices || offices.has(name), '承办单位不在名单中')
      .optional(),
    rating: z.enum(RATING_FILTERS, { errorMap: () => ({ message: '满意度只能是满意、基本满意、不满意或未评价' }) }).optional(),
    overdue: z
      .enum(['1', 'true', '0', 'false'], { errorMap: () => ({ message: '逾期筛选只能是1或0' }) })
      .transform((v) => v === '1' || v === 'true')
      .optional(),
    limit: z
      .string()
      .regex(/^\d{1,4}$/, `每页条数须为1到${DESK_PAGE_MAX}`)
      .transform(Number)
      .refine((n) => n >= 1 && n <= DESK_PAGE_MAX, `每页条数须为1到${DESK_PAGE_MAX}`)
      .optional(),
    cursor: z.string().regex(ID_PATTERN, '翻页位置不正确').optional(),
  })
}

/** ?section=&card=&status=&office=&rating=&overdue=&limit=&cursor= → the query, or the Chinese message per field. */
export function parseDeskQuery(query: unknown, offices?: Offices): Parsed<DeskQuery> {
  // An empty parameter (?status=) means no filter, as a form sends it.
  const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== '' && v !== undefined))
  const result = querySchema(offices).safeParse(raw, { errorMap: chineseErrorMap })
  if (!result.success) {
    const fields: Record<string, string> = {}
    for (const issue of result.error.issues) fields[String(issue.path[0] ?? 'query')] ??= issue.message
    return { ok: false, fields }
  }
  const { section, card, status, office, rating, overdue, limit, cursor } = result.data
  const filter: DeskFilter = {}
  if (section !== undefined) filter.section = section
  if (card !== undefined) filter.cardId = card
  if (status !== undefined) filter.status = status
  if (office !== undefined) filter.office = office
  if (rating !== undefined) filter.rating = rating
  if (overdue !== undefined) filter.overdue = overdue
  return { ok: true, value: { filter, limit: limit ?? DESK_PAGE_DEFAULT, ...(cursor ? { cursor } : {}) } }
}

/** One page, oldest first: the items after `cursor`, and the cursor of the next page (null on the last). */
export function pageOf<T extends { id: string }>(items: readonly T[], limit: number, cursor?: string): { items: T[]; nextCursor: string | null } {
  const after = cursor === undefined ? 0 : Number(cursor)
  const rest = items.filter((s) => Number(s.id) > after).sort((a, b) => Number(a.id) - Number(b.id))
  const page = rest.slice(0, limit)
  return { items: page, nextCursor: rest.length > limit ? page[page.length - 1]!.id : null }
}
