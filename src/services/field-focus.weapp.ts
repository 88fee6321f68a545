import Taro from '@tarojs/taro'

/** WeChat: the page scrolls to the field; its inline message says what to do (focus needs the field's own prop). */
export function revealField(name: string): void {
  // A page that is not on screen cannot scroll: nothing to do then.
  Taro.pageScrollTo({ selector: `#field-${name}`, offsetTop: -16, duration: 200 }).catch(() => undefined)
}

export function scrollToTop(): void {
  Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
}
