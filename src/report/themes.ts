/**
 * Telling a card's theme sentence, and the small markers a report puts before
 * one: a bullet (——), an ordinal (一是, 二要, 第三，), a list number (1. / 1、).
 */
import { looksLikeTheme as looksLikeThemeWithin, withoutStop } from './sentences'

/** Themes inside a paragraph: at most 17 Chinese characters (the 2022 report's run to 14, its other sentences from 18). */
export const looksLikeTheme = (sentence: string) => looksLikeThemeWithin(sentence, 17)
/** The 2022 report's own limit (14): a paragraph that goes on with such a theme right after its heading is split without a doubt. */
export const looksLikeStrictTheme = (sentence: string) => looksLikeThemeWithin(sentence)

const MARKER = /^(?:——|[一二三四五六七八九十]+[是要][，]?|第[一二三四五六七八九十]+[，、]|\d{1,2}[.、])/

/** The sentence without a leading bullet or ordinal: 「——这是…的五年。」 → 「这是…的五年。」 */
export function withoutMarker(sentence: string): string {
  return sentence.replace(MARKER, '')
}

export function markerOf(sentence: string): string {
  return MARKER.exec(sentence)?.[0] ?? ''
}

const HAN = /\p{Script=Han}/gu

/**
 * The first sentence of a paragraph reads as its theme: short (at most 28
 * Chinese characters after its marker), no digits, at most two commas, no
 * clause or list structure (；：《》（）). Longer than the in-paragraph themes of
 * looksLikeTheme because a paragraph's start is a heading place: 「坚持实施积极
 * 的财政政策和稳健的货币政策。」, 「——这是追赶进位、综合实力快速跃升的五年。」,
 * 「“三农”工作进一步加强。」.
 */
export function looksLikeParagraphTheme(sentence: string): boolean {
  if (!/[。！]$/.test(sentence) || /^各位代表/.test(sentence)) return false
  const core = withoutStop(withoutMarker(sentence))
  if (/[0-9A-Za-z；：《》（）]/.test(core)) return false
  if ((core.match(/，/g) ?? []).length > 2) return false
  const han = core.match(HAN)?.length ?? 0
  return han >= 3 && han <= 28
}

/** A one-sentence paragraph that announces what follows: 「五年来主要做了以下工作。」, 「重点抓好八个方面工作：」. */
export function isLeadIn(paragraph: string): boolean {
  if (paragraph.length > 80) return false
  const sentences = paragraph.match(/[^。！？：]+[。！？：]/g) ?? []
  return sentences.length === 1 && (/：$/.test(paragraph) || /以下|如下/.test(paragraph))
}

/** A short title for a card without a theme sentence: its first clause, or the start of its first sentence. */
export function titleFromSentence(sentence: string, max = 24): string {
  const core = withoutStop(withoutMarker(sentence))
  const term = /^(.{2,24})：是指/.exec(core)
  if (term) return term[1] as string
  const clause = core.split(/[，；：]/)[0] ?? core
  const han = clause.match(HAN)?.length ?? 0
  if (han >= 4 && [...clause].length <= max) return clause
  if ([...core].length <= max) return core
  return `${[...core].slice(0, max - 1).join('')}…`
}
