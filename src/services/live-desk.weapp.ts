/** WeChat: the cloud function's desk action `deskLive` sets the live document (see live-desk.ts). */
import type { LiveTarget } from '../live/types'
import { readDelegateProfile } from './delegate-profile'
import { callFeedback } from './feedback-transport'
import { liveDeskAnswer, type LiveDeskAnswer } from './live-desk'

export type { LiveDeskAnswer }

export async function setLiveTarget(target: LiveTarget | null): Promise<LiveDeskAnswer> {
  const profile = readDelegateProfile()
  if (!profile) return { ok: false, message: '请先用工作人员编码登录' }
  try {
    const response = await callFeedback({ action: 'deskLive', session: profile.session, target })
    return liveDeskAnswer(response.status, response.body)
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
}
