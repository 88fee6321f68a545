/**
 * The `wx` object the logic layer sees: enough of WeChat's API for Taro's
 * runtime and this app, each answering as WeChat does (callbacks, or a promise
 * when none is given). Routing and the cloud go to the harness; every other
 * call is recorded so a test can see what the app asked for.
 */
export interface ApiCall {
  api: string
  options: unknown
}

export type Callbacks = { success?: (res: unknown) => void; fail?: (res: unknown) => void; complete?: (res: unknown) => void }

/** An API failure as WeChat reports it: `<api>:fail <reason>`. */
export class ApiFailure extends Error {
  constructor(api: string, reason: string) {
    super(`${api}:fail ${reason}`)
  }
}

/** Runs an asynchronous API: the outcome goes to success/fail/complete, or to a promise when no callback is given. */
export function asyncApi(api: string, options: unknown, run: () => unknown | Promise<unknown>, defer: (fn: () => void) => void): Promise<unknown> | undefined {
  const callbacks = (options ?? {}) as Callbacks
  const usesCallbacks = typeof callbacks.success === 'function' || typeof callbacks.fail === 'function' || typeof callbacks.complete === 'function'
  const outcome = (async () => {
    const value = await run()
    return { errMsg: `${api}:ok`, ...(value && typeof value === 'object' ? value : {}) }
  })()
  if (!usesCallbacks) return outcome
  outcome.then(
    (res) => defer(() => {
      callbacks.success?.(res)
      callbacks.complete?.(res)
    }),
    (error: unknown) => defer(() => {
      const res = { errMsg: error instanceof ApiFailure ? error.message : `${api}:fail ${String(error)}` }
      callbacks.fail?.(res)
      callbacks.complete?.(res)
    }),
  )
  return undefined
}

/** A phone as the harness plays it: iPhone-sized, WeChat 8, base library 3. */
export const SYSTEM_INFO = {
  brand: 'iPhone',
  model: 'iPhone 8',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 667,
  windowWidth: 375,
  windowHeight: 603,
  statusBarHeight: 20,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 12.5.7',
  platform: 'ios',
  fontSizeSetting: 16,
  SDKVersion: '3.4.0',
  theme: 'light',
  safeArea: { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 },
  enableDebug: false,
}

/** APIs the app may call that change nothing the harness checks: they succeed and are recorded. */
export const INERT_ASYNC_APIS = [
  'showToast', 'hideToast', 'showLoading', 'hideLoading', 'showActionSheet', 'setNavigationBarTitle',
  'setNavigationBarColor', 'setBackgroundColor', 'setBackgroundTextStyle', 'pageScrollTo', 'vibrateShort', 'vibrateLong',
  'setClipboardData', 'showShareMenu', 'hideShareMenu', 'updateShareMenu', 'stopPullDownRefresh', 'startPullDownRefresh',
  'loadFontFace', 'hideKeyboard', 'setTabBarBadge', 'removeTabBarBadge', 'showTabBarRedDot', 'hideTabBarRedDot',
  'showTabBar', 'hideTabBar', 'setTabBarStyle', 'setTabBarItem', 'saveImageToPhotosAlbum', 'previewImage', 'authorize',
  'getSetting', 'openSetting', 'showShareImageMenu', 'canvasToTempFilePath', 'getImageInfo', 'requestSubscribeMessage',
  'login', 'checkSession', 'getFileSystemManager', 'showNavigationBarLoading', 'hideNavigationBarLoading',
]
