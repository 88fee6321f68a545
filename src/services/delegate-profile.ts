import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Delegate, MineItem } from '../feedback/types'
import { normaliseDelegateCode } from '../feedback/schema'
import { callFeedback } from './feedback-transport'
import { readStored, writeStored } from './storage'

/** The sender's own code, entered once and remembered with the name it belongs to. */
export interface DelegateProfile {
  code: string
  name: string
  delegation: string
  role: Delegate['role']
}

const STORAGE_KEY = 'delegate.profile'
const CHANGED_EVENT = 'delegate:changed'

export function readDelegateProfile(): DelegateProfile | null {
  const stored = readStored<DelegateProfile | null>(STORAGE_KEY, null)
  return stored && typeof stored.code === 'string' && typeof stored.name === 'string' ? stored : null
}

export function forgetDelegateProfile(): void {
  writeStored(STORAGE_KEY, null)
  Taro.eventCenter.trigger(CHANGED_EVENT, null)
}

export type LookupResult =
  | { ok: true; profile: DelegateProfile }
  | { ok: false; message: string }

/** Asks the roster who a code belongs to; remembers it when known. */
export async function lookUpDelegate(rawCode: string): Promise<LookupResult> {
  const code = normaliseDelegateCode(rawCode)
  if (!code) return { ok: false, message: '请填写代表编码' }
  let response
  try {
    response = await callFeedback({ action: 'whoami', delegateCode: code })
  } catch {
    return { ok: false, message: '网络不稳定，请稍后再试' }
  }
  if (response.status === 200) {
    const body = response.body as Omit<DelegateProfile, 'code'>
    const profile: DelegateProfile = { code, name: body.name, delegation: body.delegation, role: body.role }
    writeStored(STORAGE_KEY, profile)
    Taro.eventCenter.trigger(CHANGED_EVENT, profile)
    return { ok: true, profile }
  }
  if (response.status === 403) return { ok: false, message: '代表编码不在名单中，请核对代表证上的编码' }
  if (response.status === 400) return { ok: false, message: '代表编码格式不正确' }
  return { ok: false, message: '暂时无法核对编码，请稍后再试' }
}

export function useDelegateProfile(): DelegateProfile | null {
  const [profile, setProfile] = useState<DelegateProfile | null>(readDelegateProfile)
  useEffect(() => {
    const onChange = (next: DelegateProfile | null) => setProfile(next)
    Taro.eventCenter.on(CHANGED_EVENT, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED_EVENT, onChange)
    }
  }, [])
  return profile
}

export type MineResult = { ok: true; items: MineItem[] } | { ok: false; message: string }

/** The sender's suggestions as the secretariat sees them: status and answer. */
export async function fetchMySuggestions(code: string): Promise<MineResult> {
  try {
    const response = await callFeedback({ action: 'mine', delegateCode: code })
    if (response.status === 200) return { ok: true, items: (response.body as { items: MineItem[] }).items }
    return { ok: false, message: '暂时无法获取办理状态' }
  } catch {
    return { ok: false, message: '网络不稳定，显示的是本机记录' }
  }
}
