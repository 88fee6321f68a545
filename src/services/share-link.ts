/**
 * Links that open one card. On H5 the page's own origin is the base unless the
 * build sets H5_BASE_URL (config/index.ts); see share-link.weapp.ts for WeChat.
 */
declare const H5_BASE_URL: string

/** The query that marks a visit as coming from a share (shows 「来自分享」 on the card). */
export const FROM_SHARE = 'share'

export function cardPath(cardId: string): string {
  return `/pages/card/index?id=${encodeURIComponent(cardId)}&from=${FROM_SHARE}`
}

/** The H5 address of a card, for the poster's QR code. */
export function cardWebUrl(cardId: string): string {
  const base = H5_BASE_URL || (typeof location !== 'undefined' ? location.origin : '')
  return `${base.replace(/\/+$/, '')}${cardPath(cardId)}`
}
