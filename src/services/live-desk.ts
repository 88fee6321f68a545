/**
 * Setting what is being read, from the app's 人大办 page. H5: the local
 * server's POST /api/admin/live with the staff member's session as the bearer.
 * WeChat: live-desk.weapp.ts (the cloud function's deskLive).
 */
import type { LiveState, LiveTarget } from '../live/types'
import { asLiveState } from '../live/wire'
import { readDelegateProfile } from './delegate-profile'

export type LiveDeskAnswer = { ok: true; state: LiveState } | { ok: false; message: string }

/** The answer's status and body as the desk's message. */
export function liveDeskAnswer(status: number, body: unknown): LiveDeskAnswer {
  const state = status === 200 ? asLiveState(body) : null
  if (state) return { ok: true, state }
  if (status === 401) return { ok: false, message: '登录已失效，请重新登录' }
  if (status === 403) return { ok: false, message: '只有人大办工作人员可以设置' }
  const message = (body as { error?: { message?: string } } | null)?.error?.message
  return { ok: false, message: message ?? `未能设置（${status}）` }
}

export async function setLiveTarget(target: LiveTarget | null): Promise<LiveDeskAnswer> {
  const profile = readDelegateProfile()
  if (!profile) return { ok: false, message: '请先用工作人员编码登录' }
  try {
    const response = await fetch('/api/admin/live', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${profile.session}` },
      body: JSON.stringify({ target }),
    })
    return liveDeskAnswer(response.status, await response.json().catch(() => null))
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
}
