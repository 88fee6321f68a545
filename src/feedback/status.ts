/**
 * The secretariat's side of a suggestion: its status only moves forward,
 * 已收到 → 已交办 → 已答复, and an answered one needs an answer.
 */
import { z } from 'zod'
import { CONTENT_MAX, chineseErrorMap, textLength, textProblem } from './schema'
import { SUGGESTION_STATUSES, type Suggestion, type SuggestionStatus, type Validation } from './types'

export function canMoveTo(from: SuggestionStatus, to: SuggestionStatus): boolean {
  return SUGGESTION_STATUSES.indexOf(to) >= SUGGESTION_STATUSES.indexOf(from)
}

export interface StatusChange {
  status?: SuggestionStatus
  /** null clears the answer */
  answer?: string | null
}

/** A change as the secretariat's page sends it: with the version it showed. */
export interface StatusSave extends StatusChange {
  version: number
}

const changeSchema = z
  .object({
    status: z.enum(SUGGESTION_STATUSES, { errorMap: () => ({ message: '状态只能是已收到、已交办或已答复' }) }).optional(),
    answer: z
      .string({ invalid_type_error: '答复格式不正确' })
      .trim()
      .superRefine((text, ctx) => {
        const problem = textProblem(text, '答复', true)
        if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
        else if (textLength(text) > CONTENT_MAX) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `答复不能超过${CONTENT_MAX}字` })
      })
      .transform((text) => (text === '' ? null : text))
      .nullable()
      .optional(),
    version: z
      .number({ required_error: '缺少版本号，请刷新页面后再保存', invalid_type_error: '版本号格式不正确' })
      .int('版本号格式不正确')
      .positive('版本号格式不正确'),
  })
  .refine((change) => change.status !== undefined || change.answer !== undefined, {
    message: '请填写状态或答复',
    path: ['status'],
  })

export function parseStatusChange(body: unknown): Validation<StatusSave> {
  const result = changeSchema.safeParse(body, { errorMap: chineseErrorMap })
  if (result.success) return { ok: true, value: result.data }
  const fields: Record<string, string> = {}
  for (const issue of result.error.issues) fields[String(issue.path[0] ?? 'status')] ??= issue.message
  return { ok: false, fields }
}

export type ApplyOutcome =
  | { ok: true; status: SuggestionStatus; answer: string | null }
  | { ok: false; code: 'status_backward' | 'invalid'; fields?: Record<string, string> }

/** The suggestion's next status and answer, or why the change is refused. */
export function applyStatusChange(current: Suggestion, change: StatusChange): ApplyOutcome {
  const status = change.status ?? current.status
  const answer = change.answer === undefined ? current.answer : change.answer
  if (!canMoveTo(current.status, status)) return { ok: false, code: 'status_backward' }
  if (status === '已答复' && answer === null)
    return { ok: false, code: 'invalid', fields: { answer: '答复前请填写答复内容' } }
  return { ok: true, status, answer }
}
