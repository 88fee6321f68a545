import Taro from '@tarojs/taro'

/**
 * What a page's top bar offers (see components/top-bar). H5: Taro hides the
 * navigation bar, so the page draws its own with 返回 (when there is an in-app
 * page to go back to) and 目录. WeChat draws its own bar with a back arrow;
 * see page-stack.weapp.ts.
 */
export interface TopBarOffer {
  /** Draw the slim bar at all (H5), or only a 目录 link beside the content (weapp) */
  drawsBar: boolean
  /** ‹ 返回 goes to the previous page of this visit; false when the page was opened first (a link, a reload) */
  canGoBack: boolean
  /** Offer 目录 (the cover) */
  offersCover: boolean
}

export function topBarOffer(): TopBarOffer {
  // A page opened from a link or reloaded is the only one in Taro's stack: 返回 would leave the app.
  const canGoBack = stackDepth() > 1
  return { drawsBar: true, canGoBack, offersCover: true }
}

/** Pages in Taro's stack; 0 when the router cannot say (before it is ready): then 目录 is the safe offer. */
function stackDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 0
  }
}

/**
 * Taro's H5 router shades the page below a new one (display: none) on a timer
 * when the new page's entry transition ends (300 ms + 50 ms delay), and going
 * back does not cancel that timer: a 返回 tapped sooner left the page below
 * shaded, a blank screen. So a quick 返回 waits for that moment first.
 */
const ENTRY_TRANSITION_MS = 400

/** `openedAt`: when the page with the 返回 link appeared (Date.now()). */
export function goBack(openedAt = 0): void {
  const wait = Math.max(0, openedAt + ENTRY_TRANSITION_MS - Date.now())
  setTimeout(() => void Taro.navigateBack({ delta: 1 }), wait)
}
