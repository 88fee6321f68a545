/**
 * The subscription notice (订阅消息) when a suggestion is 交办 or 答复: sent
 * to the OPENID bound to the sender's code, with the template configured at
 * build. Every try is kept in the `notices` collection; a refusal (43101:
 * the delegate did not accept, or has used up, this notice) is recorded and
 * never tried again, nor is any other failure (WeChat allows one notice per
 * acceptance).
 */
import type { Store } from '../../src/feedback/store'
import type { Suggestion, TimelineEntry } from '../../src/feedback/types'
import type { NoticeKind, NoticeTemplates } from '../../src/feedback/notice-templates'
import { COLLECTIONS } from './cloud-store'
import type { CloudDatabase, CloudSdk, SubscribeMessage } from './wx-server-sdk'

export const NOTICE_REFUSED = 43101

/** WeChat's limits: thing ≤ 20 characters, phrase ≤ 5. */
function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** "2022年7月14日 17:00" in Beijing time, as WeChat's time keyword takes it. */
function beijingTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}

export function noticeMessage(kind: NoticeKind, suggestion: Suggestion, entry: TimelineEntry, openid: string, templates: NoticeTemplates): SubscribeMessage {
  const { fields } = templates
  const note = kind === 'assigned' ? `已交${entry.office ?? suggestion.office ?? ''}办理` : (entry.answer ?? suggestion.answer ?? '')
  return {
    touser: openid,
    templateId: templates[kind].id,
    page: templates[kind].page,
    data: {
      [fields.title]: { value: clip(suggestion.title, 20) },
      [fields.state]: { value: clip(kind === 'assigned' ? '已交办' : '已答复', 5) },
      [fields.note]: { value: clip(note, 20) },
      [fields.time]: { value: beijingTime(entry.at) },
    },
  }
}

export interface NotifierOptions {
  cloud: Pick<CloudSdk, 'openapi'>
  db: CloudDatabase
  store: Pick<Store, 'boundOpenid'>
  templates: NoticeTemplates
}

export function createNotifier({ cloud, db, store, templates }: NotifierOptions) {
  return async function notify(suggestion: Suggestion, entry: TimelineEntry): Promise<void> {
    const kind: NoticeKind | null = entry.action === 'assign' ? 'assigned' : entry.action === 'answer' ? 'answered' : null
    if (kind === null || templates[kind].id.trim() === '') return
    const openid = await store.boundOpenid(suggestion.delegateCode)
    // A delegate who only uses H5 has no WeChat account to tell.
    if (openid === null) return
    let errCode = 0
    let errMsg = ''
    try {
      const result = await cloud.openapi.subscribeMessage.send(noticeMessage(kind, suggestion, entry, openid, templates))
      errCode = result.errCode ?? 0
      errMsg = result.errMsg ?? ''
    } catch (error) {
      errCode = Number((error as { errCode?: unknown }).errCode ?? -1)
      errMsg = String((error as { errMsg?: unknown }).errMsg ?? (error as Error).message ?? error)
    }
    const state = errCode === 0 ? 'sent' : errCode === NOTICE_REFUSED ? 'refused' : 'failed'
    const record = { data: { suggestionId: suggestion.id, kind, templateId: templates[kind].id, at: entry.at, state, errCode, errMsg } }
    await db
      .collection(COLLECTIONS.notices)
      .add(record)
      .catch(async () => {
        // The first notice of an environment: make the collection, then keep the record.
        await db.createCollection(COLLECTIONS.notices).catch(() => undefined)
        await db.collection(COLLECTIONS.notices).add(record)
      })
  }
}
