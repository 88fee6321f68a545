/**
 * How the report's things (and the times shown beside them) are written for a reader, in one place for the app,
 * the poster, the server's static shell and the secretariat's page.
 */
import type { Figure, PartId } from './types'
import { reportWording } from './wording-data'

export interface FigureParts {
  /** 约 when the figure is approximate and its text does not say so itself */
  prefix: string
  /** The number as written: "11.5", "157789" */
  number: string
  /** Everything after the number: "万人", "余万元", "%以上" */
  unit: string
}

/** Splits a figure's text so the number can be set large and the unit small. */
export function figureParts(figure: Figure): FigureParts {
  const match = /^(\D*?)(\d+(?:[.,]\d+)*)(.*)$/.exec(figure.text)
  if (!match) return { prefix: '', number: figure.text, unit: '' }
  const written = match[1] ?? ''
  // 余/多/以上 stay in the text; only a 约 in front is not part of `text`.
  const saysApprox = /[约近余多]|以上/.test(figure.text)
  return { prefix: figure.approx && !saysApprox ? `约${written}` : written, number: match[2]!, unit: match[3] ?? '' }
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (section numbers, 1–99). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value)
  const tens = Math.floor(value / 10)
  const ones = value % 10
  if (tens === 0) return DIGITS[ones] ?? ''
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${DIGITS[ones] ?? ''}`
}

/** The parts as a delegate says them (上半年, 下半年; 工作回顾, 重点工作), from the report (wording-data.ts). */
export const PART_SHORT_NAMES: Readonly<Partial<Record<PartId, string>>> = Object.fromEntries(
  reportWording.parts.map((part) => [part.id, part.shortName]),
)

/** A part's short name: as above, or the part's own title. */
export function partShortName(part: { id: PartId; title: string }): string {
  return PART_SHORT_NAMES[part.id] ?? part.title
}

/** "2022-07-14" → 2022年7月14日; anything else is shown as given. */
export function formatChineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : isoDate
}

/** A moment on the phone's clock: 11月28日 07:57, or 2026年11月28日 07:57 with the year. */
export function formatChineseTime(at: number, options: { withYear?: boolean } = {}): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
  return options.withYear ? `${date.getFullYear()}年${day}` : day
}
