import Taro from '@tarojs/taro'
import type { TopBarOffer } from './page-stack'

export type { TopBarOffer } from './page-stack'

const COVER_ROUTE = 'pages/index/index'

/**
 * WeChat keeps its own navigation bar (and its back arrow): only 目录 is added,
 * and only where the page stack has no cover to go back to (a card opened from a
 * share or a mini-program code, a Moments visit).
 */
export function topBarOffer(): TopBarOffer {
  const stack = Taro.getCurrentPages()
  const hasCover = stack.some((page) => (page.route ?? '').replace(/^\//, '') === COVER_ROUTE)
  return { drawsBar: false, canGoBack: stack.length > 1, offersCover: !hasCover }
}

/** `openedAt` matters on H5 only (see page-stack.ts); WeChat's own stack has no such race. */
export function goBack(_openedAt = 0): void {
  void Taro.navigateBack({ delta: 1 })
}
