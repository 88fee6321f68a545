import Taro from '@tarojs/taro'

/** Connects the mini-program to its cloud environment (the one selected in WeChat DevTools). */
export function initCloud(): void {
  Taro.cloud.init({ traceUser: true })
}
