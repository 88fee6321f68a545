/** Telling the heading lines of a report: part titles, 「一、」 and 「（一）」 section headings, notes. */
import type { PartKind } from './types'
import { chineseNumeral } from './numerals'

export interface NumberedHeading {
  number: number
  /** 一、 or （一） as written (canonical) */
  label: string
  /** What follows the label on the line */
  rest: string
}

const LEVEL_ONE = /^([一二三四五六七八九十]+)、(.+)$/
const LEVEL_TWO = /^（([一二三四五六七八九十]+)）(.+)$/

function numbered(pattern: RegExp, line: string): NumberedHeading | undefined {
  const m = pattern.exec(line)
  if (!m) return undefined
  const number = chineseNumeral(m[1] ?? '')
  const label = line.slice(0, line.length - (m[2] ?? '').length)
  return Number.isFinite(number) ? { number, label, rest: m[2] ?? '' } : undefined
}

export const levelOne = (line: string) => numbered(LEVEL_ONE, line)
export const levelTwo = (line: string) => numbered(LEVEL_TWO, line)

/** A heading line with no sentence in it: 「一、2018年工作回顾」, 「一、一年接着一年干，新福建…」 (no 。！？；). */
export function isHeadingOnly(rest: string): boolean {
  return !/[。！？；]/.test(rest.replace(/[。]$/, '')) && !/[。！？]/.test(rest) && [...rest].length <= 48
}

const PART_WORDS = /回顾|任务|工作|目标|安排|建议|部署|成就|展望|总体要求/

/** An unnumbered part title: 「2022年上半年工作回顾」, 「“十四五”时期工作回顾」, 「2026年重点工作」. */
export function isUnnumberedPartTitle(line: string): boolean {
  return !/[，。；：！？、（）]/.test(line) && [...line].length <= 32 && PART_WORDS.test(line) && !/^[一二三四五六七八九十]+[、是要]/.test(line)
}

/** 「注释：」, 「附件」: what follows the closing is notes or an appendix. */
export function isNotesHeading(line: string): boolean {
  return /^(?:注释|注解|名词解释|附件|附录)(?:\d{0,2})[：]?$/.test(line)
}

/** A part's kind as a secretary reads it. */
export const PART_KIND_NAMES: Record<PartKind, string> = { review: '工作回顾', goals: '目标任务', plan: '工作安排', government: '政府自身建设', notes: '注释附件' }

/**
 * What a part is, from its title. Undefined when the title does not say (a
 * slogan: 「一、一年接着一年干，新福建建设持续取得新进展新成效」): the reader
 * then goes by position and the intro's first words, and says so.
 */
export function partKindOfTitle(title: string): PartKind | undefined {
  if (/政府自身建设|服务型政府|转作风|政府工作各方面/.test(title)) return 'government'
  if (/回顾|发展成就/.test(title)) return 'review'
  if (/工作(?:安排|任务)|重点工作|主要任务|工作的建议|工作总体部署/.test(title)) return 'plan'
  if (/目标|总体要求|政策取向/.test(title)) return 'goals'
  return undefined
}

/** The kind of a part whose title does not say: the first is the review; a longer period's intro makes goals. */
export function partKindByPlace(index: number, intro: string): PartKind {
  if (index === 0) return 'review'
  if (/^(?:“十.五”时期|今后五年|未来五年)/.test(intro)) return 'goals'
  return 'plan'
}
