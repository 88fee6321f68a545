import type { TypeStep } from './type-size'

/** H5: the browser already applies the reader's own font settings; start at 标准. */
export function systemFontSizeStep(): TypeStep | undefined {
  return undefined
}
