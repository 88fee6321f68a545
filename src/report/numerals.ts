/** Chinese section numerals: 一 … 九十九. */
const DIGITS = '零一二三四五六七八九'

export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return NaN
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text]
  const tensValue = text.includes('十') ? (tens ? DIGITS.indexOf(tens) : 1) : 0
  const onesValue = ones ? DIGITS.indexOf(ones) : 0
  return tensValue * 10 + onesValue
}
