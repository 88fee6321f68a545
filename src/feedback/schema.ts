/**
 * The request schema, shared by the form (inline messages before sending) and
 * the handler (the same messages in a 400). Text is trimmed and stored as
 * typed; control characters are rejected rather than silently removed.
 */
import { z } from 'zod'
import { isCardIdShape } from './card-id'
import type { FieldErrors, SuggestionInput, Validation } from './types'

export const TITLE_MIN = 4
export const TITLE_MAX = 50
export const CONTENT_MIN = 10
export const CONTENT_MAX = 2000
export const COSIGNERS_MAX = 20

export const PHONE_PATTERN = /^1[3-9]\d{9}$/
/** Says what to do, not what is wrong (the field is optional: empty is fine). */
export const PHONE_MESSAGE = '请填写11位手机号'
export const DELEGATE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,31}$/
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// C0 and C1 controls. Content may hold line breaks and tabs; a title may not.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/
// eslint-disable-next-line no-control-regex -- as above
export const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
// With the u flag a well-formed pair is one code point outside this range, so only lone halves match;
// no lookbehind, which iOS before 16.4 cannot parse (the whole bundle would fail to load).
const LONE_SURROGATE = /[\ud800-\udfff]/u

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make a title read
// backwards on the secretariat's screen; line and paragraph separators (U+2028, U+2029) break a
// title into lines without a newline.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/
const LINE_SEPARATOR = /[\u2028\u2029]/

/** Length as a person counts it: one emoji is one character. */
export function textLength(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

/** Upper-cases and trims a delegate code as typed. */
export function normaliseDelegateCode(code: string): string {
  return code.trim().toUpperCase()
}

/**
 * What is wrong with the characters of a text field, in Chinese, or null.
 * The same rules for the sender's fields and the secretariat's answer.
 */
export function textProblem(value: string, label: string, multiline: boolean): string | null {
  if (LONE_SURROGATE.test(value)) return `${label}含有无法识别的字符`
  if (BIDI_CONTROL.test(value)) return `${label}不能包含文字方向控制字符`
  if (!multiline && LINE_SEPARATOR.test(value)) return `${label}只能写一行，不能换行`
  if ((multiline ? CONTROL_IN_TEXT : CONTROL_IN_LINE).test(value))
    return multiline ? `${label}不能包含控制字符` : `${label}不能换行或包含控制字符`
  return null
}

interface TextRule {
  label: string
  min: number
  max: number
  multiline: boolean
}

function textField({ label, min, max, multiline }: TextRule) {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}格式不正确` })
    .trim()
    .superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message })
      const length = textLength(value)
      const problem = textProblem(value, label, multiline)
      if (length === 0) fail(`请填写${label}`)
      else if (problem) fail(problem)
      else if (length < min) fail(`${label}至少${min}个字`)
      else if (length > max) fail(`${label}不能超过${max}字`)
    })
}

const delegateCode = (label: string) =>
  z
    .string({ required_error: `请填写${label}`, invalid_type_error: `${label}格式不正确` })
    .transform(normaliseDelegateCode)
    .superRefine((value, ctx) => {
      if (value === '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: `请填写${label}` })
      else if (!DELEGATE_CODE_PATTERN.test(value))
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${label}格式不正确，请填写如 NT0002 的编码` })
    })

/** What the schema may check beyond shape; the handler passes the real roster and report. */
export interface SuggestionRules {
  isKnownCardId?: (id: string) => boolean
  isKnownDelegate?: (code: string) => boolean
  /** The sender, who cannot co-sign their own suggestion */
  senderCode?: string
}

export function suggestionSchema(rules: SuggestionRules = {}) {
  const isKnownCardId = rules.isKnownCardId ?? isCardIdShape
  return z
    .object(
      {
        title: textField({ label: '标题', min: TITLE_MIN, max: TITLE_MAX, multiline: false }),
        content: textField({ label: '内容', min: CONTENT_MIN, max: CONTENT_MAX, multiline: true }),
        cardId: z
          .string({ required_error: '请选择相关的报告卡片', invalid_type_error: '请选择相关的报告卡片' })
          .trim()
          .superRefine((value, ctx) => {
            if (value === '') ctx.addIssue({ code: z.ZodIssueCode.custom, message: '请选择相关的报告卡片' })
            else if (!isCardIdShape(value) || !isKnownCardId(value))
              ctx.addIssue({ code: z.ZodIssueCode.custom, message: '所选卡片不在报告中' })
          }),
        phone: z
          .string({ invalid_type_error: PHONE_MESSAGE })
          .nullish()
          .transform((value) => (value == null || value.trim() === '' ? undefined : value.trim()))
          .refine((value) => value === undefined || PHONE_PATTERN.test(value), PHONE_MESSAGE),
        cosigners: z
          .array(delegateCode('附议代表编码'), { invalid_type_error: '附议代表格式不正确' })
          .max(COSIGNERS_MAX, `附议代表最多${COSIGNERS_MAX}位`)
          .nullish()
          .transform((codes) => codes ?? [])
          .superRefine((codes, ctx) => {
            const fail = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message })
            if (new Set(codes).size !== codes.length) return fail('附议代表有重复')
            if (rules.senderCode !== undefined && codes.includes(normaliseDelegateCode(rules.senderCode)))
              return fail('不能附议自己的建议')
            const unknown = rules.isKnownDelegate && codes.find((code) => !rules.isKnownDelegate!(code))
            if (unknown) fail(`附议代表${unknown}不在名单中`)
          }),
      },
      { required_error: '请填写建议', invalid_type_error: '请填写建议' },
    )
    .transform(
      (s): SuggestionInput => ({
        title: s.title,
        content: s.content,
        cardId: s.cardId,
        ...(s.phone === undefined ? {} : { phone: s.phone }),
        cosigners: s.cosigners,
      }),
    )
}

const requestId = z
  .string({ required_error: '缺少请求编号', invalid_type_error: '请求编号无效' })
  .regex(UUID_PATTERN, '请求编号无效')
  .transform((id) => id.toLowerCase())

/** A session token as the handler hands it out (64 hex digits); anything else is no session. */
const SESSION_PATTERN = /^[0-9a-f]{64}$/

export type FeedbackRequest =
  | { action: 'signin'; delegateCode: string; pin: string }
  | { action: 'submit'; session?: string; requestId: string; suggestion: SuggestionInput }
  | { action: 'mine'; session?: string }
  | { action: 'whoami'; session?: string }
  | { action: 'cosign'; session?: string; suggestionId: string; accept: boolean }
  | { action: 'signout'; session?: string }
  /** The sender's 满意度 of an answer; rating and comment are checked by the workflow */
  | { action: 'rate'; session?: string; suggestionId: string; rating: unknown; comment: unknown }
  /** The secretariat's desk (staff only); the rest of the body is checked by src/feedback/desk.ts */
  | { action: DeskAction; session?: string; body: Record<string, unknown> }

/** The desk's actions: list, get one, save a move, export the .xlsx, reset a delegate's sign-in. */
export const DESK_ACTIONS = ['deskList', 'deskGet', 'deskUpdate', 'deskExport', 'deskReset'] as const
export type DeskAction = (typeof DESK_ACTIONS)[number]

export const FEEDBACK_ACTIONS = ['signin', 'submit', 'mine', 'whoami', 'cosign', 'signout', 'rate', ...DESK_ACTIONS] as const
export type FeedbackAction = (typeof FEEDBACK_ACTIONS)[number]

/** The request's action when it is one of ours. */
export function feedbackActionOf(body: unknown): FeedbackAction | null {
  const action = isRecord(body) ? body.action : undefined
  return (FEEDBACK_ACTIONS as readonly unknown[]).includes(action) ? (action as FeedbackAction) : null
}

/** The session a request carries, if it has the shape of one. */
export function sessionOf(body: unknown): string | undefined {
  const session = isRecord(body) ? body.session : undefined
  return typeof session === 'string' && SESSION_PATTERN.test(session) ? session : undefined
}

/**
 * Parses a whole request body. Never throws. A sign-in's code and pin are
 * only checked for being text: a wrong shape is a wrong credential (401),
 * like any other, so the answer says nothing about the roster.
 */
export function parseFeedbackRequest(body: unknown, rules: SuggestionRules = {}): Validation<FeedbackRequest> {
  const action = feedbackActionOf(body)
  const session = sessionOf(body)
  const record = body as Record<string, unknown>
  switch (action) {
    case 'signin': {
      const schema = z.object({
        action: z.literal('signin'),
        delegateCode: z.string({ required_error: '请填写代表编码', invalid_type_error: '代表编码格式不正确' }).max(64, '代表编码格式不正确'),
        pin: z.preprocess(
          // A pin sent as a JSON number (a script's 12345 for 012345) is its six digits.
          (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 999_999 ? String(v).padStart(6, '0') : v),
          z.string({ required_error: '请填写口令', invalid_type_error: '口令格式不正确' }).max(64, '口令格式不正确'),
        ),
      })
      return toValidation(schema.safeParse(body, { errorMap: chineseErrorMap }))
    }
    case 'submit': {
      const schema = z.object({
        action: z.literal('submit'),
        requestId,
        suggestion: suggestionSchema(rules),
      })
      return withSession(toValidation(schema.safeParse(body, { errorMap: chineseErrorMap })), session)
    }
    case 'cosign': {
      const schema = z.object({
        action: z.literal('cosign'),
        suggestionId: z
          .string({ required_error: '缺少建议编号', invalid_type_error: '建议编号无效' })
          .regex(/^[A-Za-z0-9_-]{1,64}$/, '建议编号无效'),
        accept: z.boolean({ required_error: '请选择附议或不附议', invalid_type_error: '请选择附议或不附议' }),
      })
      return withSession(toValidation(schema.safeParse(record, { errorMap: chineseErrorMap })), session)
    }
    case 'rate': {
      const schema = z.object({
        action: z.literal('rate'),
        suggestionId: z
          .string({ required_error: '缺少建议编号', invalid_type_error: '建议编号无效' })
          .regex(/^[A-Za-z0-9_-]{1,64}$/, '建议编号无效'),
      })
      const parsed = toValidation(schema.safeParse(record, { errorMap: chineseErrorMap }))
      if (!parsed.ok) return parsed
      return { ok: true, value: { ...parsed.value, rating: record.rating, comment: record.comment, ...(session ? { session } : {}) } }
    }
    case 'deskList':
    case 'deskGet':
    case 'deskUpdate':
    case 'deskExport':
    case 'deskReset':
      return { ok: true, value: { action, body: record, ...(session ? { session } : {}) } }
    case 'mine':
    case 'whoami':
    case 'signout':
      return { ok: true, value: { action, ...(session ? { session } : {}) } }
    default:
      return { ok: false, fields: { action: '不支持的操作' } }
  }
}

function withSession<T extends FeedbackRequest>(validation: Validation<T>, session: string | undefined): Validation<T> {
  return validation.ok && session ? { ok: true, value: { ...validation.value, session } } : validation
}

/** What the form calls before sending: the same messages as the server. */
export function validateSuggestion(input: unknown, rules: SuggestionRules = {}): Validation<SuggestionInput> {
  return toValidation(suggestionSchema(rules).safeParse(input, { errorMap: chineseErrorMap }))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Any message the rules above do not set themselves is still Chinese, never
 * zod's English. (A contextual map sees the schema's own message first.)
 */
export const chineseErrorMap: z.ZodErrorMap = (_issue, ctx) => ({
  message: /[\u4e00-\u9fff]/.test(ctx.defaultError) ? ctx.defaultError : '格式不正确',
})

function toValidation<T>(result: z.SafeParseReturnType<unknown, T>): Validation<T> {
  if (result.success) return { ok: true, value: result.data }
  const fields: FieldErrors = {}
  for (const issue of result.error.issues) {
    // The field is the last named key: suggestion.cosigners.3 → cosigners.
    const field = [...issue.path].reverse().find((key): key is string => typeof key === 'string') ?? 'suggestion'
    fields[field] ??= issue.message
  }
  return { ok: false, fields }
}
