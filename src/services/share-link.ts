/**
 * Links that open one card, for shares and for the poster's QR code.
 * Only the site's base address differs between platforms (web-origin*.ts).
 */
import { webOrigin } from './web-origin'

/** The query that marks a visit as coming from a share (shows 「来自分享」 on the card). */
export const FROM_SHARE = 'share'

/** The card's page with the share mark: the path of a chat share. */
export function cardPath(cardId: string): string {
  return `/pages/card/index?id=${encodeURIComponent(cardId)}&from=${FROM_SHARE}`
}

/** Just the query, as a Moments share takes it. */
export function cardQuery(cardId: string): string {
  return cardPath(cardId).split('?')[1] ?? ''
}

/** The H5 address of a card, for the poster's QR code (at the site's public address when given). */
export function cardWebUrl(cardId: string, origin: string = webOrigin()): string {
  return `${origin.replace(/\/+$/, '')}${cardPath(cardId)}`
}
