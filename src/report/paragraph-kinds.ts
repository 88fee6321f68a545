/**
 * The paragraphs after a part's sections, recognised by what they say (and,
 * for the closing, by standing last), not by one fixed opening.
 */
import type { ParagraphKind } from './types'

export const PARAGRAPH_TITLES: Record<ParagraphKind, string> = {
  'other-work': '其他工作',
  summary: '回顾总结',
  thanks: '致谢',
  shortcomings: '存在的不足',
  closing: '结束语',
  remarks: '其他',
}

/** 各位代表 said to the hall: a paragraph that opens so turns to the delegates, away from the sections. */
export const ADDRESS = /^各位代表[，！：]/
/** A line that is only the address (the State Council reports set 「各位代表！」 on a line of its own). */
export const LONE_ADDRESS = /^各位代表[，！：]?$/

const THANKS = /感谢|谢意|敬意/
const SHORTCOMINGS = /清醒地?(?:看到|认识到)|问题也不容忽视|困难和问题|困难和挑战|问题和不足|不足和问题|问题和短板|差距和不足/
const PERIOD_START = /^(?:各位代表[，！])?(?:过去的一年|过去一年|一年来|五年来|过去五年|回顾过去|刚刚过去的)/
const OTHER_WORK_LIST = /等(?:各项)?(?:工作|事业)/

/** The kind a paragraph after the sections has by its words; undefined when they do not say. */
export function paragraphKind(text: string): Exclude<ParagraphKind, 'closing' | 'remarks'> | undefined {
  if (text.startsWith('此外')) return 'other-work'
  if (THANKS.test(text)) return 'thanks'
  if (SHORTCOMINGS.test(text.slice(0, 120))) return 'shortcomings'
  if (PERIOD_START.test(text) && OTHER_WORK_LIST.test(text.slice(0, 120))) return 'other-work'
  if (PERIOD_START.test(text) || /体会|启示/.test(text.slice(0, 60))) return 'summary'
  return undefined
}

/**
 * The other fields a national or provincial report turns to after its plan,
 * each after 「各位代表！」: nationalities and religion, overseas Chinese,
 * defence, Hong Kong, Macao and Taiwan, foreign affairs. Only asked of
 * paragraphs already after the sections (a list of fields alone does not end
 * the sections: see read.ts).
 */
const OTHER_FIELDS = /^(?:各位代表！\n)?.{0,24}(?:民族团结|多民族|中华民族是|宗教|侨务|侨胞|国防|军队|强军|一国两制|港澳|对台|两岸|外交|世界各国|和平发展)/

export function isOtherField(text: string): boolean {
  return OTHER_FIELDS.test(text)
}
