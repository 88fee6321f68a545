import Taro from '@tarojs/taro'
import type { TypeStep } from './type-size'

/**
 * WeChat's own font size setting (设置 → 通用 → 字体大小, the 适老化 setting),
 * read as px of body text, mapped onto our four steps.
 */
export function systemFontSizeStep(): TypeStep | undefined {
  try {
    // fontSizeSetting is documented for getAppBaseInfo but missing from Taro's typings
    const px = (Taro.getAppBaseInfo() as { fontSizeSetting?: unknown }).fontSizeSetting
    if (typeof px !== 'number' || !Number.isFinite(px)) return undefined
    if (px >= 22) return 4
    if (px >= 19) return 3
    if (px >= 17) return 2
    return 1
  } catch {
    return undefined
  }
}
