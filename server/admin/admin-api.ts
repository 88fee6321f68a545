/**
 * How the secretariat's page talks to the server: a staff member signs in
 * with code and pin (the same `signin` as the app) and every desk request
 * carries that session as a bearer token; the admin token still works the
 * same way for emergencies. The credential lives in sessionStorage only.
 */
import type { AdminItem } from '../../src/feedback/desk'
import type { Office } from '../../src/feedback/offices'

export type { AdminItem }

export interface ListAnswer {
  items: AdminItem[]
  total: number
  nextCursor: string | null
  byStatus: Record<string, number>
  counts: Record<string, number>
  countFilters: Record<string, Record<string, unknown>>
  byCard: Array<{ cardId: string; cardTitle: string | null; count: number }>
  byOffice: Array<{ office: string; total: number }>
  offices: Office[]
}

export interface ErrorAnswer {
  error?: { code?: string; message?: string; fields?: Record<string, string> }
  current?: AdminItem
}

const CREDENTIAL_KEY = 'niutang.desk'

export interface Credential {
  bearer: string
  /** Who is signed in, for the bar: a name, or 管理口令 */
  who: string
  kind: 'staff' | 'token'
}

export const credential = {
  get(): Credential | null {
    try {
      return JSON.parse(sessionStorage.getItem(CREDENTIAL_KEY) ?? 'null') as Credential | null
    } catch {
      return null
    }
  },
  set: (value: Credential) => sessionStorage.setItem(CREDENTIAL_KEY, JSON.stringify(value)),
  clear: () => sessionStorage.removeItem(CREDENTIAL_KEY),
}

export class Unauthorized extends Error {}

export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: { ...(init.headers ?? {}), authorization: `Bearer ${credential.get()?.bearer ?? ''}` },
  })
  if (response.status === 401) throw new Unauthorized()
  return response
}

export async function postJson(path: string, body: unknown): Promise<Response> {
  return api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

export type SignInOutcome = { ok: true; credential: Credential } | { ok: false; message: string }

/** Code and pin → a staff session; anyone who is not 工作人员 is told so and signed out again. */
export async function signInStaff(delegateCode: string, pin: string): Promise<SignInOutcome> {
  let response: Response
  try {
    response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'signin', delegateCode, pin }),
    })
  } catch {
    return { ok: false, message: '网络异常，请重试' }
  }
  const body = (await response.json().catch(() => null)) as { session?: string; name?: string; role?: string } | null
  if (response.status === 429) {
    const minutes = Math.max(1, Math.ceil(Number(response.headers.get('retry-after') ?? '60') / 60))
    return { ok: false, message: `尝试次数过多，请 ${minutes} 分钟后再试` }
  }
  if (response.status === 401) return { ok: false, message: '代表编码或口令不正确' }
  if (!response.ok || !body?.session) return { ok: false, message: `登录失败（${response.status}）` }
  if (body.role !== '工作人员') {
    await fetch('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'signout', session: body.session }) }).catch(() => undefined)
    return { ok: false, message: '只有人大办工作人员可以进入办理页面' }
  }
  return { ok: true, credential: { bearer: body.session, who: body.name ?? delegateCode, kind: 'staff' } }
}

/** Ends the staff session on the server too (the admin token has nothing to end). */
export async function signOut(): Promise<void> {
  const current = credential.get()
  credential.clear()
  if (current?.kind === 'staff')
    await fetch('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'signout', session: current.bearer }) }).catch(() => undefined)
}
