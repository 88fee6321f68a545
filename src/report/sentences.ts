/** Splitting paragraphs into sentences, and telling a card's theme sentence. */

/** Sentences end at 。！？ (canonical, full-width); a closing quote or bracket stays with its sentence. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？]+(?:[。！？]+[”’」』）]*|$)/g) ?? []
}

/** The sentence without its end mark. */
export function withoutStop(sentence: string): string {
  return sentence.replace(/[。！？]+$/, '')
}

const HAN = /\p{Script=Han}/gu

/**
 * A theme sentence acts as a card's sub-heading: 「指挥动员迅速有力。」,
 * 「加强管控，夯实绿色低碳基底。」. In this report every one is at most 14
 * Chinese characters, has at most one comma and no digits, Latin letters,
 * lists (、), quotations or brackets, while the shortest achievement or goal
 * sentence has 18; other reports' themes run to 17 (「坚持创新发展，着力提高
 * 发展质量和效益。」), so the reader (read.ts) passes maxHan 17. Whether it
 * really opens a card also depends on what follows it.
 */
export function looksLikeTheme(sentence: string, maxHan = 14): boolean {
  const core = withoutStop(sentence)
  if (!/[。！]$/.test(sentence)) return false
  if (/[0-9A-Za-z、“”‘’（）《》；：]/.test(core)) return false
  if ((core.match(/，/g) ?? []).length > 1) return false
  const han = core.match(HAN)?.length ?? 0
  return han >= 4 && han <= maxHan && han === core.replace(/，/g, '').length
}
