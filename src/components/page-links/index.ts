import Taro from '@tarojs/taro'

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
