/**
 * Failed sign-ins are limited per delegate code and per client address within
 * a window, counted in the store so a restart does not forget them. A throttled
 * attempt is refused before its pin is looked at, and is not counted itself.
 */
import type { Store } from './store'

export interface SignInLimits {
  perCode: number
  perAddress: number
  windowMs: number
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perCode: 5, perAddress: 20, windowMs: 15 * 60_000 }

export function throttleKeys(code: string, address: string | undefined): string[] {
  return address ? [`code:${code}`, `address:${address}`] : [`code:${code}`]
}

/**
 * Seconds until the next attempt may be judged, or 0 when it may be now: the
 * time until enough failures have left the window to bring the count under
 * the limit.
 */
export async function signInWait(store: Store, code: string, address: string | undefined, now: Date, limits: SignInLimits): Promise<number> {
  const since = new Date(now.getTime() - limits.windowMs).toISOString()
  let waitMs = 0
  for (const key of throttleKeys(code, address)) {
    const max = key.startsWith('code:') ? limits.perCode : limits.perAddress
    const times = await store.failedSignIns(key, since)
    if (times.length < max) continue
    const freedAt = Date.parse(times[times.length - max]!) + limits.windowMs
    waitMs = Math.max(waitMs, freedAt - now.getTime())
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0
}
