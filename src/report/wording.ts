/**
 * How the report's things (and the times shown beside them) are written for a reader, in one place for the app,
 * the poster, the server's static shell and the secretariat's page.
 */
import type { Figure, PartId } from './types'
import { reportWording } from './wording-data'

// Numbers and dates as the report writes them live with the parser's numerals; the app imports them from here.
export { chineseNumber, formatChineseDate } from './numerals'

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

/** The parts as a delegate says them (上半年, 下半年; 工作回顾, 重点工作), from the report (wording-data.ts). */
export const PART_SHORT_NAMES: Readonly<Partial<Record<PartId, string>>> = Object.fromEntries(
  reportWording.parts.map((part) => [part.id, part.shortName]),
)

/** A part's short name: as above, or the part's own title. */
export function partShortName(part: { id: PartId; title: string }): string {
  return PART_SHORT_NAMES[part.id] ?? part.title
}

/** A moment on the phone's clock: 11月28日 07:57, or 2026年11月28日 07:57 with the year. */
export function formatChineseTime(at: number, options: { withYear?: boolean } = {}): string {
  const date = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`
  return options.withYear ? `${date.getFullYear()}年${day}` : day
}
