/**
 * On WeChat there is no page origin: the poster's QR fallback points at the
 * public H5 site configured at build time (H5_BASE_URL).
 */
declare const H5_BASE_URL: string

export const FROM_SHARE = 'share'

export function cardPath(cardId: string): string {
  return `/pages/card/index?id=${encodeURIComponent(cardId)}&from=${FROM_SHARE}`
}

export function cardWebUrl(cardId: string): string {
  return `${(H5_BASE_URL || 'https://niutang.example.cn').replace(/\/+$/, '')}${cardPath(cardId)}`
}
