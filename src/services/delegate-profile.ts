import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Delegate, Invitation, MineItem, Rating, SignedIn } from '../feedback/types'
import { normaliseDelegateCode } from '../feedback/schema'
import { signInFieldErrors, signInRefusal } from '../feedback/sign-in-copy'
import { callFeedback } from './feedback-transport'
import { DELEGATE_PROFILE_STORAGE_KEY } from './delegate-profile-key'
import { readStored, writeStored } from './storage'

/**
 * The signed-in sender: code and pin are asked once, the session the server
 * answers is remembered with the name it belongs to. The pin is never kept.
 */
export interface DelegateProfile {
  code: string
  name: string
  delegation: string
  role: Delegate['role']
  session: string
}

const STORAGE_KEY = DELEGATE_PROFILE_STORAGE_KEY
const CHANGED_EVENT = 'delegate:changed'

export function readDelegateProfile(): DelegateProfile | null {
  const stored = readStored<DelegateProfile | null>(STORAGE_KEY, null)
  // A profile from before sign-in (no session) counts as signed out.
  return stored && typeof stored.code === 'string' && typeof stored.name === 'string' && typeof stored.session === 'string' ? stored : null
}

/** The session to send for a code, when that code is the one signed in. */
export function sessionFor(code: string): string | undefined {
  const profile = readDelegateProfile()
  return profile?.code === code ? profile.session : undefined
}

function remember(profile: DelegateProfile | null): void {
  writeStored(STORAGE_KEY, profile)
  Taro.eventCenter.trigger(CHANGED_EVENT, profile)
}

/** Called after every sign-in and sign-out (e.g. to send what waited for a session). */
export function onDelegateChanged(listener: (profile: DelegateProfile | null) => void): () => void {
  Taro.eventCenter.on(CHANGED_EVENT, listener)
  return () => Taro.eventCenter.off(CHANGED_EVENT, listener)
}

/** 更换编码: forgets the session here and ends it on the server (best effort: offline is fine). */
export function signOut(): void {
  const profile = readDelegateProfile()
  remember(null)
  if (profile) void callFeedback({ action: 'signout', session: profile.session }).catch(() => undefined)
}

export type SignInResult =
  | { ok: true; profile: DelegateProfile }
  | { ok: false; fields: Partial<Record<'delegateCode' | 'pin', string>>; message?: string }

/** Code and pin → a session, remembered; or what to say beside the fields. */
export async function signIn(rawCode: string, rawPin: string): Promise<SignInResult> {
  const fields = signInFieldErrors(rawCode, rawPin)
  if (Object.keys(fields).length > 0) return { ok: false, fields }
  const code = normaliseDelegateCode(rawCode)
  let response
  try {
    response = await callFeedback({ action: 'signin', delegateCode: code, pin: rawPin.trim() })
  } catch {
    return { ok: false, fields: {}, message: '网络不稳定，请稍后再试' }
  }
  if (response.status === 200) {
    const body = response.body as SignedIn
    const profile: DelegateProfile = { code, name: body.name, delegation: body.delegation, role: body.role, session: body.session }
    remember(profile)
    return { ok: true, profile }
  }
  const message = signInRefusal(response.status, response.body, response.retryAfter)
  return { ok: false, fields: response.status === 401 ? { pin: message } : {}, message }
}

export function useDelegateProfile(): DelegateProfile | null {
  const [profile, setProfile] = useState<DelegateProfile | null>(readDelegateProfile)
  useEffect(() => onDelegateChanged(setProfile), [])
  return profile
}

const SESSION_ENDED = '登录已失效，请在「提建议」重新输入代表编码和口令'

export type MineResult =
  | { ok: true; items: MineItem[]; invitations: Invitation[] }
  | { ok: false; message: string }

/**
 * The sender's suggestions as the secretariat sees them (status, answer, each
 * co-signer's answer) and the invitations to co-sign others'. A session the
 * secretariat ended signs the phone out.
 */
export async function fetchMine(profile: DelegateProfile): Promise<MineResult> {
  try {
    const response = await callFeedback({ action: 'mine', session: profile.session })
    if (response.status === 200) {
      const body = response.body as { items: MineItem[]; invitations?: Invitation[] }
      return { ok: true, items: body.items, invitations: body.invitations ?? [] }
    }
    if (response.status === 401) {
      if (readDelegateProfile()?.session === profile.session) remember(null)
      return { ok: false, message: SESSION_ENDED }
    }
    return { ok: false, message: '暂时无法获取办理状态' }
  } catch {
    return { ok: false, message: '网络不稳定，显示的是本机记录' }
  }
}

/** The sender's 满意度 of an answer (不满意 sends it back for 重办). */
export async function rateAnswer(
  profile: DelegateProfile,
  suggestionId: string,
  rating: Rating,
  comment: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await callFeedback({ action: 'rate', session: profile.session, suggestionId, rating, comment })
    if (response.status === 200) return { ok: true }
    if (response.status === 401) return { ok: false, message: SESSION_ENDED }
    const error = (response.body as { error?: { message?: string; fields?: Record<string, string> } } | null)?.error
    if (response.status === 409) return { ok: false, message: error?.message ?? '办理状态已变化，请刷新后再评价' }
    return { ok: false, message: error?.message ?? (Object.values(error?.fields ?? {})[0] || '暂时无法提交评价，请稍后再试') }
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
}

/** 附议 (accept) or 不附议 one invitation. */
export async function answerInvitation(profile: DelegateProfile, suggestionId: string, accept: boolean): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const response = await callFeedback({ action: 'cosign', session: profile.session, suggestionId, accept })
    if (response.status === 200) return { ok: true }
    if (response.status === 401) return { ok: false, message: SESSION_ENDED }
    if (response.status === 404) return { ok: false, message: '这条邀请已不存在' }
    return { ok: false, message: '暂时无法提交，请稍后再试' }
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
}
