import type { Card } from './types'
import { reportWording } from './wording-data'

/** WeChat cuts share titles at about this many characters. */
const MAX_TITLE = 30

/**
 * The title of a card shared to a chat or Moments: the card's title and, when
 * it has one, its first figure as the report states it, e.g.
 * 「服务效能日益提升｜减税降费1.9亿元」 (the key figure is the reason to open it).
 */
export function shareTitleOf(card: Card): string {
  const figure = card.figures[0]
  const title = figure ? `${card.title}｜${figure.label}${figure.approx && !figure.text.includes('余') ? '约' : ''}${figure.text}` : card.title
  return [...title].length > MAX_TITLE ? `${[...title].slice(0, MAX_TITLE - 1).join('')}…` : title
}

/** The whole report as a share card names it, from the report (wording-data.ts). */
export const REPORT_SHARE_TITLE = reportWording.shareTitle
