/**
 * H5: the site's public address. The server says it at run time (PUBLIC_URL via
 * GET /api/site), so moving the site needs no rebuild; the last answer is kept
 * for offline use; without one, the build's H5_BASE_URL, else this page's origin.
 * See web-origin.weapp.ts.
 */
import { reachOf, normalisePublicUrl, type AddressReach } from '../poster/public-address'
import { readStored, writeStored } from './storage'

declare const H5_BASE_URL: string

const STORED_KEY = 'site.publicUrl'

/** The address known without asking the server (the last answer, the build's, this page's). */
export function webOrigin(): string {
  return readStored<string | null>(STORED_KEY, null) || H5_BASE_URL || (typeof location !== 'undefined' ? location.origin : '')
}

export interface SiteAddress {
  origin: string
  /** 'local-network': the code opens only inside the hall's network (say so on the poster sheet) */
  reach: AddressReach
}

let asked: Promise<SiteAddress> | undefined

async function askServer(): Promise<SiteAddress> {
  try {
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined
    const timer = setTimeout(() => controller?.abort(), 3000)
    const response = await fetch('/api/site', { cache: 'no-store', signal: controller?.signal })
    clearTimeout(timer)
    if (response.ok) {
      const body = (await response.json()) as { publicUrl?: unknown }
      const publicUrl = typeof body.publicUrl === 'string' ? normalisePublicUrl(body.publicUrl) : undefined
      // The server's answer stands, also when it is "none" (then this page's origin is all there is).
      writeStored(STORED_KEY, publicUrl ?? null)
    }
  } catch {
    // Offline or no answer: the last known address below.
  }
  const origin = webOrigin()
  return { origin, reach: reachOf(origin) }
}

/** Where a poster's code should point, asked once a visit. */
export function siteAddress(): Promise<SiteAddress> {
  if (!asked) asked = askServer()
  return asked
}
