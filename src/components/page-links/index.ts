import Taro from '@tarojs/taro'
import { writeStored } from '../../services/storage'
import { PENDING_CARD_KEY } from '../../services/suggestion-draft'

/**
 * Opening the reading pages. WeChat keeps at most 10 pages in the stack and
 * navigateTo fails beyond that: near the limit, replace the current page.
 */
const STACK_LIMIT = 9

function open(url: string): void {
  if (Taro.getCurrentPages().length >= STACK_LIMIT) void Taro.redirectTo({ url })
  else void Taro.navigateTo({ url })
}

export const cardUrl = (cardId: string) => `/pages/card/index?id=${encodeURIComponent(cardId)}`
export const sectionUrl = (sectionId: string) => `/pages/section/index?id=${encodeURIComponent(sectionId)}`

export function openCard(cardId: string): void {
  open(cardUrl(cardId))
}

/** Previous/next card: replaces this card, so paging through the report never fills the stack. */
export function replaceCard(cardId: string): void {
  void Taro.redirectTo({ url: cardUrl(cardId) })
}

export function openSection(sectionId: string): void {
  open(sectionUrl(sectionId))
}

export function openPage(url: string): void {
  open(url)
}

/** The cover is a tab page: only switchTab reaches it. */
export function openCover(): void {
  void Taro.switchTab({ url: '/pages/index/index' })
}

/**
 * The page a suggestion is about: its card, or for a report-wide target the
 * cover (报告总体), the economy page, or the passage of the rest of the report.
 */
export function suggestionTargetUrl(targetId: string): string {
  switch (targetId) {
    case 'report':
      return '/pages/index/index'
    case 'economy':
      return '/pages/economy/index'
    case 'opening':
    case 'shortcomings':
    case 'closing':
      return `/pages/paragraph/index?id=${encodeURIComponent(PASSAGE_OF_TARGET[targetId])}`
    default:
      return cardUrl(targetId)
  }
}

/** Report-wide targets → the paragraph page's passage ids (the 2022 report's paragraphs). */
const PASSAGE_OF_TARGET = { opening: 'opening', shortcomings: 'review-shortcomings', closing: 'plan-closing' } as const

/** 返回《…》继续阅读: back to the page the suggestion is about. */
export function openSuggestionTarget(targetId: string): void {
  if (targetId === 'report') openCover()
  else open(suggestionTargetUrl(targetId))
}

/** 提建议 about a card or a report-wide target: the form tab picks it up (switchTab cannot carry a query). */
export function suggestAbout(targetId: string): void {
  writeStored(PENDING_CARD_KEY, targetId)
  void Taro.switchTab({ url: '/pages/suggest/index' })
}
