/**
 * Line breaking for the poster: Chinese text broken between characters,
 * Latin words and numbers with their units kept whole, the usual kinsoku
 * rules, and a clean ellipsis when the text is cut. Pure: the caller passes
 * the measuring function (a canvas `measureText` in the app, a fixed-width
 * function in tests).
 */

export type MeasureText = (text: string) => number

export interface WrapOptions {
  /** At most this many lines; text past the last one is cut and marked. Default: no limit */
  maxLines?: number
  /** Appended to the last line when the text was cut. Default '…' */
  ellipsis?: string
}

/** May not start a line (closing brackets and quotes, stops, pauses, %). */
export const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set(
  Array.from('，。、；：！？）」』”’%％,.;:!?)]}》〉】〗〕］｝…‥'),
)

/** May not end a line (opening brackets and quotes). */
export const OPENING_PUNCTUATION: ReadonlySet<string> = new Set(Array.from('（「『“‘([{《〈【〖〔［｛'))

/** Bind both neighbours when written without spaces: 微克/立方米, 吨/月·平方公里. */
export const JOINING_PUNCTUATION: ReadonlySet<string> = new Set(Array.from('/／·・'))

/**
 * Punctuation that looks broken right before an ellipsis ("，…", "（…").
 * Closing brackets and quotes stay: "（预计数）…" reads fine.
 */
const DANGLING_BEFORE_ELLIPSIS: ReadonlySet<string> = new Set(
  Array.from('，。、；：！？,.;:!?…‥・·—–-～~ '),
)

/**
 * Characters that follow a number as its unit ("45.2亿元", "6019家次",
 * "11.5万余人", "3.2平方公里"), so the number and unit stay on one line.
 */
const UNIT_CHARACTERS: ReadonlySet<string> = new Set(
  Array.from('亿万千百元角人家户次件起场项个名所台套条座公里米平方立亩顷吨斤克升瓦度岁年月日天周时小分秒号期倍例批处栋幢间只头张本册篇份位宗类轮辆美微㎡余多'),
)
// Long enough for 吨/月·平方公里.
const MAX_UNIT_LENGTH = 7

/** Whether text[i] continues a unit: a unit character, or a joining mark inside one (微克/立方米). */
function isUnitAt(text: string, i: number, inUnit: boolean): boolean {
  const ch = text[i] ?? ''
  if (UNIT_CHARACTERS.has(ch)) return true
  return inUnit && JOINING_PUNCTUATION.has(ch) && UNIT_CHARACTERS.has(text[i + 1] ?? '')
}

// A Latin word or a number, with inner separators when letters or digits
// follow them: "45.2", "1,153", "1-6", "5G", "12.43%". Anchored, not sticky:
// the sticky flag cannot be transpiled for older WebViews.
const WORD_OR_NUMBER = /^[A-Za-z0-9]+(?:[.,:/\-+_'\u2019&][A-Za-z0-9]+)*%?/
const COMBINING_MARK = /\p{M}/u

// Pictographs render as colour emoji on phones; a poster is emoji-free.
// © ® ™ are text symbols by default and stay (their emoji selector goes).
// Alternation rather than one class: the joiner, selectors and keycap are combining characters.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200D|\uFE0E|\uFE0F|\u20E3|[\u{E0020}-\u{E007F}]/gu
const TEXT_SYMBOLS = new Set(['©', '®', '™'])

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, (ch) => (TEXT_SYMBOLS.has(ch) ? ch : ''))
}

/** What the poster draws: no emoji, whitespace runs (line breaks included) as one space, trimmed. */
export function normalizeText(text: string): string {
  return stripEmoji(text).replace(/\s+/g, ' ').trim()
}

type AtomKind = 'space' | 'opening' | 'closing' | 'joining' | 'other'

interface Atom {
  text: string
  kind: AtomKind
}

function classify(text: string): AtomKind {
  if (text === ' ') return 'space'
  if (OPENING_PUNCTUATION.has(text)) return 'opening'
  if (CLOSING_PUNCTUATION.has(text)) return 'closing'
  if (JOINING_PUNCTUATION.has(text)) return 'joining'
  return 'other'
}

/** Code points, each with the combining marks that follow it. */
function characters(text: string): string[] {
  const out: string[] = []
  for (const ch of text) {
    if (out.length > 0 && COMBINING_MARK.test(ch)) out[out.length - 1] += ch
    else out.push(ch)
  }
  return out
}

/** Splits text into units that are never broken: words, numbers with units, single characters. */
function atomize(text: string): Atom[] {
  const atoms: Atom[] = []
  let i = 0
  const takeMarks = () => {
    let marks = ''
    while (i < text.length) {
      const next = String.fromCodePoint(text.codePointAt(i)!)
      if (!COMBINING_MARK.test(next)) break
      marks += next
      i += next.length
    }
    return marks
  }
  while (i < text.length) {
    // 约 stays with the number it qualifies (约11.5万人).
    const approx = text[i] === '约' && /[0-9]/.test(text[i + 1] ?? '') ? '约' : ''
    const at = i + approx.length
    const word = /[A-Za-z0-9]/.test(text[at] ?? '') ? WORD_OR_NUMBER.exec(text.slice(at))?.[0] : undefined
    if (word !== undefined) {
      let unit = ''
      i = at + word.length
      if (/[0-9]$/.test(word)) {
        while (unit.length < MAX_UNIT_LENGTH && isUnitAt(text, i, unit !== '')) {
          unit += text[i]!
          i += 1
        }
      }
      atoms.push({ text: approx + word + unit + takeMarks(), kind: 'other' })
      continue
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!)
    i += ch.length
    const full = ch + takeMarks()
    atoms.push({ text: full, kind: classify(full) })
  }
  return atoms
}

/**
 * Glues closing punctuation to what precedes it and opening punctuation to
 * what follows it, so a break can only fall where both rules allow. Spaces
 * stay separate (they are break opportunities) unless punctuation binds them.
 */
function bindPunctuation(atoms: Atom[]): string[] {
  const segments: string[] = []
  let pendingOpening = ''
  let joinNext = false
  for (const atom of atoms) {
    const last = segments[segments.length - 1]
    if (joinNext && atom.kind !== 'space' && last !== undefined) {
      // The word after a joining mark: part of the same segment.
      segments[segments.length - 1] = last + atom.text
      joinNext = atom.kind === 'opening' || atom.kind === 'joining'
      continue
    }
    joinNext = false
    if (atom.kind === 'joining' && pendingOpening === '' && last !== undefined && last !== ' ') {
      segments[segments.length - 1] = last + atom.text
      joinNext = true
      continue
    }
    if (atom.kind === 'opening') {
      pendingOpening += atom.text
      continue
    }
    if (atom.kind === 'space') {
      if (pendingOpening !== '') pendingOpening += atom.text
      else segments.push(atom.text)
      continue
    }
    // A joining mark with a space before it (报告 · 2022) is a separator: like a stop, it stays behind.
    if ((atom.kind === 'closing' || atom.kind === 'joining') && pendingOpening === '' && segments.length > 0) {
      // "word ." : the space before the stop cannot become the break either.
      if (segments[segments.length - 1] === ' ' && segments.length > 1) {
        segments.pop()
        segments[segments.length - 1] += ' '
      }
      segments[segments.length - 1] += atom.text
      continue
    }
    segments.push(pendingOpening + atom.text)
    pendingOpening = ''
  }
  if (pendingOpening !== '') {
    if (segments.length > 0) segments[segments.length - 1] += pendingOpening
    else segments.push(pendingOpening)
  }
  return segments
}

/** Finer pieces of a segment too wide for a line: kinsoku clusters of single characters, then characters. */
function splitWide(segment: string): string[] {
  const clusters = bindPunctuation(characters(segment).map((ch) => ({ text: ch, kind: classify(ch) })))
  return clusters.length > 1 ? clusters : characters(segment)
}

function breakLines(segments: string[], fits: (s: string) => boolean): string[] {
  const lines: string[] = []
  const queue = segments.slice()
  let line = ''
  while (queue.length > 0) {
    const segment = queue.shift()!
    if (segment === ' ') {
      if (line !== '') line += ' '
      continue
    }
    const candidate = line + segment
    if (fits(candidate.trimEnd())) {
      line = candidate
      continue
    }
    if (!fits(segment.trim())) {
      const pieces = splitWide(segment)
      if (pieces.length > 1) {
        queue.unshift(...pieces)
        continue
      }
      // A single character wider than the line: it goes alone, nothing else can be done.
    }
    if (line.trim() !== '') lines.push(line.trim())
    line = segment.trimStart()
  }
  if (line.trim() !== '') lines.push(line.trim())
  return lines
}

function stripDangling(text: string): string {
  const chars = characters(text)
  while (chars.length > 0) {
    const last = chars[chars.length - 1]!
    if (!DANGLING_BEFORE_ELLIPSIS.has(last) && !OPENING_PUNCTUATION.has(last)) break
    chars.pop()
  }
  return chars.join('')
}

/** The longest clean prefix of `line`, cut at whole words and numbers, that fits with the ellipsis. */
function withEllipsis(line: string, ellipsis: string, fits: (s: string) => boolean): string {
  const parts = atomize(line).map((atom) => atom.text)
  while (parts.length > 0) {
    const body = stripDangling(parts.join(''))
    if (body !== '' && fits(body + ellipsis)) return body + ellipsis
    parts.pop()
  }
  // Not even the first word fits beside the ellipsis: cut inside it.
  const chars = characters(line)
  while (chars.length > 0) {
    const body = stripDangling(chars.join(''))
    if (body !== '' && fits(body + ellipsis)) return body + ellipsis
    chars.pop()
  }
  return fits(ellipsis) ? ellipsis : ''
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as measured by `measure`.
 * Closing punctuation never starts a line and opening punctuation never ends
 * one: the character before is pushed down with it instead (no hanging, so
 * no line is ever wider than maxWidth). With `maxLines`, a cut text ends in
 * the ellipsis, which fits and follows no stray punctuation.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText, opts: WrapOptions = {}): string[] {
  const maxLines = opts.maxLines ?? Number.POSITIVE_INFINITY
  const ellipsis = opts.ellipsis ?? '…'
  if (maxLines <= 0) return []
  const fits = (s: string) => measure(s) <= maxWidth
  const lines = breakLines(bindPunctuation(atomize(normalizeText(text))), fits)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, ellipsis, fits)
  return kept
}
