/**
 * The 人大办 desk from the app (the mini-program's 人大办 page): the desk
 * actions of the shared handler, carried by the signed-in staff member's
 * session over the same transport as every other action (the cloud function
 * on weapp, POST /api/feedback on H5).
 */
import type { AdminItem } from '../feedback/desk'
import type { Office } from '../feedback/offices'
import { callFeedback } from './feedback-transport'
import { readDelegateProfile } from './delegate-profile'

export type { AdminItem }

export interface DeskList {
  items: AdminItem[]
  total: number
  nextCursor: string | null
  counts: Record<string, number>
  countFilters: Record<string, Record<string, unknown>>
  offices: Office[]
}

export type DeskAnswer<T> = { ok: true; value: T } | { ok: false; message: string; current?: AdminItem }

async function deskCall<T>(action: string, body: Record<string, unknown>): Promise<DeskAnswer<T>> {
  const profile = readDelegateProfile()
  if (!profile) return { ok: false, message: '请先在「提建议」用工作人员编码登录' }
  try {
    const response = await callFeedback({ action, session: profile.session, ...body })
    if (response.status === 200) return { ok: true, value: response.body as T }
    const answer = response.body as { error?: { code?: string; message?: string; fields?: Record<string, string> }; current?: AdminItem } | null
    if (response.status === 401) return { ok: false, message: '登录已失效，请重新登录' }
    if (response.status === 403) return { ok: false, message: '只有人大办工作人员可以使用' }
    if (answer?.error?.code === 'stale' && answer.current)
      return { ok: false, message: '他人已修改了这条建议，已显示最新内容，请核对后再保存', current: answer.current }
    return { ok: false, message: answer?.error?.message ?? (Object.values(answer?.error?.fields ?? {})[0] || `操作失败（${response.status}）`) }
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
}

/** Query values as the handler reads them (strings; empty means no filter). */
export type DeskQuery = Partial<Record<'status' | 'office' | 'section' | 'card' | 'rating' | 'overdue' | 'cursor' | 'limit', string>>

export const listDesk = (query: DeskQuery) => deskCall<DeskList>('deskList', { query })

export const saveDesk = (id: string, change: Record<string, unknown>) => deskCall<AdminItem>('deskUpdate', { id, change })

/** What deskExport answers: the file in cloud storage (weapp) or inline (H5). */
export interface ExportAnswer {
  name: string
  contentType: string
  fileID?: string
  /** A temporary https address of the cloud file */
  url?: string | null
  base64?: string
}

export const exportDesk = (query: DeskQuery) => deskCall<ExportAnswer>('deskExport', { query })
