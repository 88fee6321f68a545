/** WeChat has no page origin: the public H5 site configured at build time (H5_BASE_URL). */
import { reachOf } from '../poster/public-address'
import type { SiteAddress } from './web-origin'

export type { SiteAddress } from './web-origin'

declare const H5_BASE_URL: string

export function webOrigin(): string {
  return H5_BASE_URL || 'https://niutang.example.cn'
}

/** The mini-program's poster carries the mini-program code; its QR fallback points at the build's site. */
export async function siteAddress(): Promise<SiteAddress> {
  const origin = webOrigin()
  return { origin, reach: reachOf(origin) }
}
