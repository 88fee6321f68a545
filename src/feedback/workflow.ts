/**
 * How a suggestion is handled, as a pure state machine:
 *
 *   已收到 ─交办→ 已交办 ─答复→ 已答复 ─代表评价→ 满意 / 基本满意 (done)
 *                                          └→ 不满意 → 重办 ─答复→ 已答复 (rated again)
 *
 * 交办 needs a 承办单位 from the town's list and may carry a 期限 (a date);
 * 答复 needs the answer and records when and by whom (人大办 may also answer
 * a received one itself, without an office); only the sender rates,
 * once per answer. Every move is a timeline entry (when, who, from → to).
 * A refusal says why in Chinese and changes nothing.
 */
import { z } from 'zod'
import type { Offices } from './offices'
import { CONTENT_MAX, chineseErrorMap, textLength, textProblem } from './schema'
import { RATINGS, SUGGESTION_STATUSES, type Handling, type Rating, type Suggestion, type SuggestionStatus, type TimelineAction, type TimelineEntry } from './types'

export const WORKFLOW_STATES = SUGGESTION_STATUSES
export type WorkflowState = SuggestionStatus
export { RATINGS, type Handling, type Rating, type TimelineAction, type TimelineEntry }

export const RATING_COMMENT_MAX = 500

export const ADMIN_TOKEN_ACTOR = 'ADMIN_TOKEN'

/** A new suggestion's handling: received, nobody's yet. */
export function newHandling(): Handling {
  return {
    status: '已收到',
    office: null,
    deadline: null,
    assignedAt: null,
    answer: null,
    answeredAt: null,
    answeredBy: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    timeline: [],
  }
}

export interface Actor {
  /** A roster code (or ADMIN_TOKEN_ACTOR) */
  code: string
  /** Staff (工作人员 or the admin token) handle; the sender rates */
  kind: 'staff' | 'delegate'
}

export type WorkflowMove =
  | { kind: 'assign'; office: string; deadline: string | null }
  | { kind: 'answer'; answer: string }
  | { kind: 'rate'; rating: Rating; comment: string | null }

export interface MoveContext {
  actor: Actor
  /** The sender's code: only they rate */
  owner: string
  offices: Offices
  now: Date
}

export type RefusalCode = 'invalid' | 'forbidden' | 'wrong_state' | 'status_backward' | 'unchanged'

export interface Refusal {
  code: RefusalCode
  /** The field the message belongs to (the form shows it there) */
  field: string
  message: string
}

export type MoveOutcome = { ok: true; handling: Handling; entry: TimelineEntry } | { ok: false; refusal: Refusal }

const refuse = (code: RefusalCode, field: string, message: string): { ok: false; refusal: Refusal } => ({
  ok: false,
  refusal: { code, field, message },
})

/** One move from the current handling, or why not. */
export function applyMove(current: Handling, move: WorkflowMove, context: MoveContext): MoveOutcome {
  switch (move.kind) {
    case 'assign':
      return assign(current, move, context)
    case 'answer':
      return answer(current, move, context)
    case 'rate':
      return rate(current, move, context)
  }
}

/** Several moves as one change: all of them, or none (the first refusal). */
export function applyMoves(current: Handling, moves: readonly WorkflowMove[], context: MoveContext): { ok: true; handling: Handling; entries: TimelineEntry[] } | { ok: false; refusal: Refusal } {
  let handling = current
  const entries: TimelineEntry[] = []
  for (const move of moves) {
    const outcome = applyMove(handling, move, context)
    if (!outcome.ok) return outcome
    handling = outcome.handling
    entries.push(outcome.entry)
  }
  if (entries.length === 0) return refuse('unchanged', 'status', '没有需要保存的改动')
  return { ok: true, handling, entries }
}

function assign(current: Handling, move: Extract<WorkflowMove, { kind: 'assign' }>, { actor, offices, now }: MoveContext): MoveOutcome {
  if (actor.kind !== 'staff') return refuse('forbidden', 'status', '只有人大办工作人员可以交办')
  if (current.status === '已答复')
    return refuse('wrong_state', 'status', '已答复的建议不能再交办；代表评价不满意后会转入重办')
  const office = move.office.trim()
  if (office === '') return refuse('invalid', 'office', '请选择承办单位')
  if (!offices.has(office)) return refuse('invalid', 'office', '请从承办单位名单中选择')
  // A 期限 already past is allowed (recording work done before it was entered): it shows as 逾期 at once.
  if (move.deadline !== null && !isCalendarDate(move.deadline)) return refuse('invalid', 'deadline', DEADLINE_MESSAGE)
  if (current.status !== '已收到' && current.office === office && current.deadline === move.deadline)
    return refuse('unchanged', 'office', '承办单位和期限没有改动')

  const at = now.toISOString()
  const to: WorkflowState = current.status === '重办' ? '重办' : '已交办'
  const entry: TimelineEntry = { at, by: actor.code, action: 'assign', from: current.status, to, office, deadline: move.deadline }
  return {
    ok: true,
    entry,
    handling: { ...current, status: to, office, deadline: move.deadline, assignedAt: at, timeline: [...current.timeline, entry] },
  }
}

function answer(current: Handling, move: Extract<WorkflowMove, { kind: 'answer' }>, { actor, now }: MoveContext): MoveOutcome {
  if (actor.kind !== 'staff') return refuse('forbidden', 'answer', '只有人大办工作人员可以答复')
  const text = move.answer.trim()
  if (text === '') return refuse('invalid', 'answer', '答复前请填写答复内容')
  const problem = answerProblem(text)
  if (problem) return refuse('invalid', 'answer', problem)

  const at = now.toISOString()
  const entry: TimelineEntry = { at, by: actor.code, action: 'answer', from: current.status, to: '已答复', answer: text }
  if (current.status === '已答复') {
    // Correcting an answer nobody has rated yet; once rated it stands as the delegate judged it.
    if (current.rating !== null) return refuse('wrong_state', 'answer', '代表已评价这次答复，答复不能再修改')
    if (current.answer === text) return refuse('unchanged', 'answer', '答复没有改动')
    return { ok: true, entry, handling: { ...current, answer: text, timeline: [...current.timeline, entry] } }
  }
  return {
    ok: true,
    entry,
    handling: {
      ...current,
      status: '已答复',
      answer: text,
      answeredAt: at,
      answeredBy: actor.code,
      // A new answer asks for a new rating.
      rating: null,
      ratingComment: null,
      ratedAt: null,
      timeline: [...current.timeline, entry],
    },
  }
}

function rate(current: Handling, move: Extract<WorkflowMove, { kind: 'rate' }>, { actor, owner, now }: MoveContext): MoveOutcome {
  if (actor.code !== owner) return refuse('forbidden', 'rating', '只有提出建议的代表可以评价')
  if (current.status !== '已答复') return refuse('wrong_state', 'rating', '答复后才能评价')
  if (current.rating !== null) return refuse('wrong_state', 'rating', '这次答复已经评价过了')
  if (!(RATINGS as readonly string[]).includes(move.rating)) return refuse('invalid', 'rating', '请选择满意、基本满意或不满意')
  const comment = move.comment?.trim() || null
  const problem = comment === null ? null : commentProblem(comment)
  if (problem) return refuse('invalid', 'comment', problem)

  const at = now.toISOString()
  const to: WorkflowState = move.rating === '不满意' ? '重办' : '已答复'
  const entry: TimelineEntry = { at, by: actor.code, action: 'rate', from: '已答复', to, rating: move.rating, comment }
  return {
    ok: true,
    entry,
    handling: { ...current, status: to, rating: move.rating, ratingComment: comment, ratedAt: at, timeline: [...current.timeline, entry] },
  }
}

// ---- Dates, in Beijing time as the town reads them ----

const BEIJING_OFFSET_MS = 8 * 3600_000
const DAY_MS = 24 * 3600_000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** The Beijing calendar date of an instant, YYYY-MM-DD. */
export function beijingDate(at: Date | string): string {
  return new Date(new Date(at).getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** Whether text is a real calendar date YYYY-MM-DD (no 2月30日). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text)
  if (!match) return false
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const DEADLINE_MESSAGE = '期限须为日期，如2022-08-31'

function dayNumber(at: Date | string): number {
  return Math.floor((new Date(at).getTime() + BEIJING_OFFSET_MS) / DAY_MS)
}

/**
 * Calendar days the suggestion has been open: from the day it came in to the
 * day it was answered (while it stands answered) or to today.
 */
export function daysOpen(s: Pick<Handling, 'status' | 'answeredAt'> & { createdAt: string }, now: Date): number {
  const end = s.status === '已答复' && s.answeredAt ? s.answeredAt : now
  return Math.max(0, dayNumber(end) - dayNumber(s.createdAt))
}

/** Past its 期限 and not answered: the office is late. */
export function isOverdue(s: Pick<Handling, 'status' | 'deadline'>, now: Date): boolean {
  return s.deadline !== null && (s.status === '已交办' || s.status === '重办') && beijingDate(now) > s.deadline
}

/** The whole story for the delegate and the desk: the submit first, then every move. */
export function timelineOf(s: Pick<Suggestion, 'createdAt' | 'delegateCode' | 'timeline'>): TimelineEntry[] {
  return [{ at: s.createdAt, by: s.delegateCode, action: 'submit', from: null, to: '已收到' }, ...s.timeline]
}

/**
 * When the state or the answer last changed by someone other than the sender
 * (交办, 答复), or null: what 我的's red dot compares with the delegate's last look.
 */
export function lastChangeForSender(s: Pick<Handling, 'timeline'>): string | null {
  let latest: string | null = null
  for (const entry of s.timeline) if ((entry.action === 'assign' || entry.action === 'answer') && (latest === null || entry.at > latest)) latest = entry.at
  return latest
}

// ---- What the desk and the delegate send ----

function answerProblem(text: string): string | null {
  return textProblem(text, '答复', true) ?? (textLength(text) > CONTENT_MAX ? `答复不能超过${CONTENT_MAX}字` : null)
}

function commentProblem(text: string): string | null {
  return textProblem(text, '评价意见', true) ?? (textLength(text) > RATING_COMMENT_MAX ? `评价意见不能超过${RATING_COMMENT_MAX}字` : null)
}

/** The desk's save: where the suggestion should be, with what, from the version the page showed. */
export interface DeskSave {
  status?: WorkflowState
  office?: string | null
  /** null clears the 期限 */
  deadline?: string | null
  answer?: string
  version: number
}

const emptyToNull = (value: string | null | undefined) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim())

const deskSaveSchema = z
  .object({
    status: z.enum(WORKFLOW_STATES, { errorMap: () => ({ message: '状态只能是已收到、已交办、已答复或重办' }) }).optional(),
    office: z.string({ invalid_type_error: '承办单位格式不正确' }).max(100, '请从承办单位名单中选择').nullable().optional().transform(emptyToNull),
    deadline: z
      .string({ invalid_type_error: DEADLINE_MESSAGE })
      .max(10, DEADLINE_MESSAGE)
      .nullable()
      .optional()
      .transform(emptyToNull)
      .refine((d) => d == null || isCalendarDate(d), DEADLINE_MESSAGE),
    answer: z
      .string({ invalid_type_error: '答复格式不正确' })
      .nullable()
      .optional()
      .transform((a) => (a == null ? undefined : a.trim()))
      .superRefine((text, ctx) => {
        const problem = text ? answerProblem(text) : null
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
      }),
    version: z
      .number({ required_error: '缺少版本号，请刷新页面后再保存', invalid_type_error: '版本号格式不正确' })
      .int('版本号格式不正确')
      .positive('版本号格式不正确'),
  })
  .refine((s) => s.status !== undefined || s.answer !== undefined || s.office !== undefined || s.deadline !== undefined, {
    message: '请填写状态或答复',
    path: ['status'],
  })

export type Parsed<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> }

function fieldsOf(error: z.ZodError, fallback: string): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[String(issue.path[0] ?? fallback)] ??= issue.message
  return fields
}

/** `{ status?, office?, deadline?, answer?, version }` as the desk posts it. */
export function parseDeskSave(body: unknown): Parsed<DeskSave> {
  const result = deskSaveSchema.safeParse(body, { errorMap: chineseErrorMap })
  if (!result.success) return { ok: false, fields: fieldsOf(result.error, 'status') }
  const { status, office, deadline, answer, version } = result.data
  return {
    ok: true,
    value: {
      version,
      ...(status === undefined ? {} : { status }),
      ...(office === undefined ? {} : { office }),
      ...(deadline === undefined ? {} : { deadline }),
      ...(answer === undefined ? {} : { answer }),
    },
  }
}

/** How far along a state is: a save may not move a suggestion back. 重办 is handling again. */
const STAGE: Record<WorkflowState, number> = { 已收到: 0, 已交办: 1, 重办: 1, 已答复: 2 }

/**
 * A desk save as moves: the target status (given, or implied by what is
 * filled in) reached from the current one. 已答复 from 已收到 with an office
 * is 交办 and 答复 in one save (without one, 人大办 answers itself); the
 * status never goes back.
 */
export function planDeskSave(current: Handling, save: DeskSave): { ok: true; moves: WorkflowMove[] } | { ok: false; refusal: Refusal } {
  const target = save.status ?? (save.answer !== undefined ? '已答复' : save.office !== undefined || save.deadline !== undefined ? '已交办' : current.status)
  if (STAGE[target] < STAGE[current.status]) return refuse('status_backward', 'status', '状态不能回退')
  if (target === '重办' && current.status !== '重办') return refuse('wrong_state', 'status', '代表评价不满意后才会转入重办')

  const office = save.office === undefined ? current.office : save.office
  const deadline = save.deadline === undefined ? current.deadline : save.deadline
  const officeChanged = office !== current.office || deadline !== current.deadline
  const assignMove: WorkflowMove = { kind: 'assign', office: office ?? '', deadline }

  switch (target) {
    case '已收到':
      return save.office === undefined && save.answer === undefined
        ? refuse('unchanged', 'status', '没有需要保存的改动')
        : refuse('invalid', 'status', '交办请把状态改为已交办')
    case '已交办':
    case '重办':
      if (save.answer !== undefined && save.answer !== (current.answer ?? '') && save.answer !== '')
        return refuse('invalid', 'answer', '填写答复请把状态改为已答复')
      return { ok: true, moves: [assignMove] }
    case '已答复': {
      const moves: WorkflowMove[] = []
      if (current.status !== '已答复' && officeChanged) moves.push(assignMove)
      else if (current.status === '已答复' && officeChanged) return refuse('wrong_state', 'office', '已答复的建议不能再交办；代表评价不满意后会转入重办')
      const text = save.answer ?? (current.status === '已答复' ? undefined : current.answer ?? '')
      if (text !== undefined) moves.push({ kind: 'answer', answer: text })
      return moves.length ? { ok: true, moves } : refuse('unchanged', 'answer', '没有需要保存的改动')
    }
  }
}

/** `{ rating, comment? }` as the delegate sends it. */
export function parseRating(body: unknown): Parsed<{ rating: Rating; comment: string | null }> {
  const schema = z.object({
    rating: z.enum(RATINGS, { errorMap: () => ({ message: '请选择满意、基本满意或不满意' }) }),
    comment: z
      .string({ invalid_type_error: '评价意见格式不正确' })
      .nullish()
      .transform((c) => (c == null || c.trim() === '' ? null : c.trim()))
      .superRefine((text, ctx) => {
        const problem = text === null ? null : commentProblem(text)
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
      }),
  })
  const result = schema.safeParse(body, { errorMap: chineseErrorMap })
  return result.success ? { ok: true, value: result.data } : { ok: false, fields: fieldsOf(result.error, 'rating') }
}
