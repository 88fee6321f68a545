import Taro from '@tarojs/taro'

/** WeChat: the page scrolls to the field; its inline message says what to do (focus needs the field's own prop). */
export function revealField(name: string): void {
  void Taro.pageScrollTo({ selector: `#field-${name}`, offsetTop: -16, duration: 200 })
}

export function scrollToTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
}
