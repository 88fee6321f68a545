/**
 * The subscription notices (订阅消息) a delegate may accept at 提交: one
 * template when their suggestion is 交办, one when it is 答复. The IDs are
 * set at build in config/notice-templates.json (from the mini-program's
 * console, 订阅消息 → 我的模板); an empty ID means that notice is not asked
 * for and not sent. `fields` names the template's keywords for the title,
 * the new state, a note (the office or the answer's start) and the time.
 */
import templates from '../../config/notice-templates.json'

export type NoticeKind = 'assigned' | 'answered'

export interface NoticeTemplate {
  id: string
  /** The page the notice opens */
  page: string
}

export interface NoticeTemplates {
  assigned: NoticeTemplate
  answered: NoticeTemplate
  fields: { title: string; state: string; note: string; time: string }
}

export const NOTICE_TEMPLATES = templates as NoticeTemplates

/** The template IDs configured, in a stable order: what 提交 asks the delegate to accept. */
export function configuredTemplateIds(config: NoticeTemplates = NOTICE_TEMPLATES): string[] {
  return [config.assigned.id, config.answered.id].map((id) => id.trim()).filter((id) => id !== '')
}
