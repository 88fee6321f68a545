/** Chinese numerals: section numbers (一 … 九十九) and the digits of a written date (二〇二六). */
const DIGITS = '零一二三四五六七八九'

export function chineseNumeral(text: string): number {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return NaN
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text]
  const tensValue = text.includes('十') ? (tens ? DIGITS.indexOf(tens) : 1) : 0
  const onesValue = ones ? DIGITS.indexOf(ones) : 0
  return tensValue * 10 + onesValue
}

/** A year written digit by digit: 二〇二六 → 2026 (〇 and 零 both read as 0). */
export function chineseYear(text: string): number {
  if (!/^[〇零一二三四五六七八九]{4}$/.test(text)) return NaN
  return Number([...text].map((c) => (c === '〇' ? 0 : DIGITS.indexOf(c))).join(''))
}

/** 2026, 二〇二六 or 二十七 (month, day) → the number; NaN when it is neither. */
export function dateNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  return /^[〇零一二三四五六七八九]{4}$/.test(text) ? chineseYear(text) : chineseNumeral(text)
}

const WRITTEN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (section numbers, 1–99). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  if (tens === 0) return WRITTEN_DIGITS[ones] ?? ''
  return `${tens === 1 ? '' : (WRITTEN_DIGITS[tens] ?? '')}十${WRITTEN_DIGITS[ones] ?? ''}`
}

/** "2022-07-14" → 2022年7月14日; anything else is shown as given. */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : isoDate
}
