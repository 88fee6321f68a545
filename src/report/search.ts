/**
 * Searching the whole report as the reader types: card titles, card items and
 * the other paragraphs (opening, part intros, the paragraphs after a part).
 *
 * The index is built once; each entry keeps a normalised copy of its texts so
 * that a keystroke costs only a few indexOf calls. Normalising maps one UTF-16
 * unit to one, so a position found in the normalised text is the same position
 * in the original: highlights need no second pass.
 */
import { synonymsOf } from './search-synonyms'
import { chineseNumber, partShortName } from './wording'
import type { Report } from './types'

export type SearchKind = 'card' | 'paragraph'

/** A run of text, marked when it is one of the query's words. */
export interface SearchSegment {
  text: string
  match: boolean
}

export interface SearchResult {
  kind: SearchKind
  /** The card id, or the paragraph id the paragraph page opens ("opening", "plan-intro", "review-thanks") */
  id: string
  /** Set for card results */
  cardId?: string
  title: string
  /** Where it stands, e.g. 上半年 · 一、疫情防控筑牢内外屏障 */
  sectionLabel: string
  /** The title with the query's words marked */
  titleSegments: SearchSegment[]
  /** A window of text around the first match in the body, marked; may start and end with … */
  snippet: SearchSegment[]
  /** Which body text (card item or paragraph) holds the first match; 0 when only the title matched */
  textIndex: number
  /** Higher first: words found in the title count most, then every match in the body */
  score: number
}

export interface SearchOptions {
  /** At most this many results (all when unset) */
  limit?: number
}

interface IndexEntry {
  kind: SearchKind
  id: string
  cardId?: string
  title: string
  sectionLabel: string
  /** The body texts (items or the paragraph's sentences), in order */
  texts: string[]
  normalisedTitle: string
  normalisedTexts: string[]
  /** Title and texts joined by a line break (never in a query word): one indexOf per word for the AND test */
  haystack: string
  /** Reading order, the last tie-breaker */
  order: number
}

export interface SearchIndex {
  entries: IndexEntry[]
}

const ELLIPSIS = '…'
/** Characters shown before the first match and in all, when the body text is longer. */
const SNIPPET_LEAD = 14
const SNIPPET_LENGTH = 56
/** Where a window may start or end cleanly: after a sentence or clause mark. */
const PAUSE = /[。！？；，：、]/

/**
 * Folds the differences a reader does not mean: full-width ASCII forms
 * (，：（） ＡＢ １２) to half-width, the ideographic space to a space, curly
 * quotes to straight ones, the Chinese full stop to a dot, Latin to lower case.
 * Keeps the length (one unit for one unit).
 */
export function normaliseForSearch(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    else if (code === 0x3000) code = 0x20
    else if (code === 0x201c || code === 0x201d) code = 0x22
    else if (code === 0x2018 || code === 0x2019) code = 0x27
    else if (code === 0x3002 || code === 0xff61) code = 0x2e
    if (code >= 0x41 && code <= 0x5a) code += 0x20
    out += String.fromCharCode(code)
  }
  return out
}

/** The query's words: normalised, split on spaces, duplicates and words inside other words dropped. */
export function queryWords(query: string): string[] {
  const words = [...new Set(normaliseForSearch(query).split(/\s+/).filter((word) => word.length > 0))]
  return words.filter((word) => !words.some((other) => other !== word && other.includes(word)))
}

/**
 * What each query word may be found as: itself and, from the reviewed list
 * (search-synonyms.ts), the report's terms it stands for (GDP → 地区生产总值).
 */
export function wordAlternatives(words: readonly string[]): string[][] {
  return words.map((word) => [word, ...synonymsOf(word).map(normaliseForSearch)])
}

function entry(fields: Omit<IndexEntry, 'normalisedTitle' | 'normalisedTexts' | 'haystack'>): IndexEntry {
  const normalisedTitle = normaliseForSearch(fields.title)
  const normalisedTexts = fields.texts.map(normaliseForSearch)
  return { ...fields, normalisedTitle, normalisedTexts, haystack: [normalisedTitle, ...normalisedTexts].join('\n') }
}

/** Builds the index once, in reading order: opening, then each part's intro, cards and closing paragraphs. */
export function buildSearchIndex(report: Report): SearchIndex {
  const entries: IndexEntry[] = []
  const add = (fields: Omit<IndexEntry, 'normalisedTitle' | 'normalisedTexts' | 'haystack' | 'order'>) =>
    entries.push(entry({ ...fields, order: entries.length }))

  if (report.opening.length > 0) {
    add({ kind: 'paragraph', id: 'opening', title: '开篇', sectionLabel: '报告开篇', texts: report.opening })
  }
  for (const part of report.parts) {
    const partLabel = partShortName(part)
    if (part.intro) {
      add({ kind: 'paragraph', id: `${part.id}-intro`, title: part.title, sectionLabel: `${partLabel} · 引言`, texts: [part.intro] })
    }
    for (const section of part.sections) {
      const sectionLabel = `${partLabel} · ${chineseNumber(section.number)}、${section.topic}`
      for (const card of section.cards) {
        add({ kind: 'card', id: card.id, cardId: card.id, title: card.title, sectionLabel, texts: card.items })
      }
    }
    for (const paragraph of part.after) {
      add({ kind: 'paragraph', id: paragraph.id, title: paragraph.title, sectionLabel: partLabel, texts: [paragraph.text] })
    }
  }
  return { entries }
}

function countOccurrences(haystack: string, word: string): number {
  let count = 0
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) count++
  return count
}

/** Marks every occurrence of the words in text (overlapping matches merged). */
export function markWords(text: string, normalised: string, words: readonly string[]): SearchSegment[] {
  const ranges: Array<[number, number]> = []
  for (const word of words) {
    for (let at = normalised.indexOf(word); at >= 0; at = normalised.indexOf(word, at + 1)) {
      ranges.push([at, at + word.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const segments: SearchSegment[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (end <= cursor) continue
    const from = Math.max(start, cursor)
    if (from > cursor) segments.push({ text: text.slice(cursor, from), match: false })
    const last = segments[segments.length - 1]
    if (last?.match && from === cursor) last.text += text.slice(from, end)
    else segments.push({ text: text.slice(from, end), match: true })
    cursor = end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}

/** The part of the text worth showing: from a pause shortly before the first match, ending at a pause if one is near. */
function snippetWindow(text: string, firstMatch: number): [number, number] {
  if (text.length <= SNIPPET_LENGTH) return [0, text.length]
  let start = Math.max(0, firstMatch - SNIPPET_LEAD)
  if (start > 0) {
    // Start just after a pause inside the lead, so the window opens on a whole clause.
    for (let i = start; i < firstMatch; i++) {
      if (PAUSE.test(text[i] ?? '')) {
        start = i + 1
        break
      }
    }
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH)
  if (end < text.length) {
    // End on a pause in the last third of the window rather than mid-word.
    for (let i = end - 1; i > start + (SNIPPET_LENGTH * 2) / 3; i--) {
      if (PAUSE.test(text[i] ?? '')) {
        end = i + 1
        break
      }
    }
  }
  return [start, end]
}

/** The body text holding the first match (0 when none does) and where in it. */
function firstMatchOf(normalisedTexts: readonly string[], words: readonly string[]): { textIndex: number; at: number } {
  for (let i = 0; i < normalisedTexts.length; i++) {
    const normalised = normalisedTexts[i] ?? ''
    let first = -1
    for (const word of words) {
      const at = normalised.indexOf(word)
      if (at >= 0 && (first < 0 || at < first)) first = at
    }
    if (first >= 0) return { textIndex: i, at: first }
  }
  return { textIndex: 0, at: -1 }
}

/**
 * The text (of several, e.g. a card's items) a search result should open at, and the
 * words to mark in it: for a reader arriving from search with the query `q`.
 */
export function matchInTexts(texts: readonly string[], query: string): { textIndex: number; words: string[] } | undefined {
  const words = wordAlternatives(queryWords(query)).flat()
  if (words.length === 0) return undefined
  const { textIndex, at } = firstMatchOf(texts.map(normaliseForSearch), words)
  return at < 0 ? undefined : { textIndex, words }
}

function snippetOf(entry: IndexEntry, words: readonly string[]): SearchSegment[] {
  // The first body text holding a word; a title-only match shows the opening of the body.
  const { textIndex, at: firstMatch } = firstMatchOf(entry.normalisedTexts, words)
  const text = entry.texts[textIndex] ?? ''
  const normalised = entry.normalisedTexts[textIndex] ?? ''
  const [start, end] = snippetWindow(text, Math.max(firstMatch, 0))
  const segments = markWords(text.slice(start, end), normalised.slice(start, end), words)
  if (start > 0) segments.unshift({ text: ELLIPSIS, match: false })
  if (end < text.length) segments.push({ text: ELLIPSIS, match: false })
  return segments
}

/**
 * The entries holding every word of the query (words split by spaces), best
 * first: words in the title, then the number of matches in the body, then
 * reading order. An empty query finds nothing.
 */
export function searchReport(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const alternatives = wordAlternatives(queryWords(query))
  if (alternatives.length === 0) return []
  const words = alternatives.flat()
  const scored: Array<{ entry: IndexEntry; score: number }> = []
  for (const candidate of index.entries) {
    if (!alternatives.every((forms) => forms.some((form) => candidate.haystack.includes(form)))) continue
    let titleWords = 0
    let bodyMatches = 0
    for (const forms of alternatives) {
      if (forms.some((form) => candidate.normalisedTitle.includes(form))) titleWords++
      for (const form of forms) for (const text of candidate.normalisedTexts) bodyMatches += countOccurrences(text, form)
    }
    scored.push({ entry: candidate, score: titleWords * 1000 + bodyMatches })
  }
  scored.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
  const kept = options.limit === undefined ? scored : scored.slice(0, Math.max(0, options.limit))
  return kept.map(({ entry: found, score }) => ({
    kind: found.kind,
    id: found.id,
    ...(found.cardId ? { cardId: found.cardId } : {}),
    title: found.title,
    sectionLabel: found.sectionLabel,
    titleSegments: markWords(found.title, found.normalisedTitle, words),
    snippet: snippetOf(found, words),
    textIndex: firstMatchOf(found.normalisedTexts, words).textIndex,
    score,
  }))
}

/** Runs of Chinese characters: the only places a suggested term is taken from. */
const HAN_RUN = /[\u4e00-\u9fff]+/g

/** How often each 2–4 character sequence occurs in the report; built the first time it is needed. */
const termCounts = new WeakMap<SearchIndex, Map<string, number>>()

function countsOf(index: SearchIndex): Map<string, number> {
  let counts = termCounts.get(index)
  if (counts) return counts
  counts = new Map()
  for (const candidate of index.entries) {
    for (const run of candidate.haystack.match(HAN_RUN) ?? []) {
      for (let length = 2; length <= 4; length++) {
        for (let at = 0; at + length <= run.length; at++) {
          const term = run.slice(at, at + length)
          counts.set(term, (counts.get(term) ?? 0) + 1)
        }
      }
    }
  }
  termCounts.set(index, counts)
  return counts
}

/** Edits (insert, delete, replace one character) from a to b. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!
    previous[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return previous[b.length]!
}

/**
 * For a query that finds nothing: the report's terms closest to it (one character
 * off, two for longer words), e.g. 核算 → 核酸. Terms as long as the query, then
 * terms that begin like it come first (a slip of the input method keeps the first character), then the
 * more frequent; only the nearest are offered.
 */
export function closestTerms(index: SearchIndex, query: string, limit = 3): string[] {
  const word = queryWords(query).find((candidate) => searchReport(index, candidate).length === 0)
  if (!word || !/^[\u4e00-\u9fff]{2,6}$/.test(word)) return []
  const allowed = word.length >= 4 ? 2 : 1
  const ranked: Array<{ term: string; distance: number; sameStart: boolean; count: number }> = []
  for (const [term, count] of countsOf(index)) {
    if (Math.abs(term.length - word.length) > 1) continue
    const distance = editDistance(word, term)
    // Two edits away is a guess: only for terms the report repeats.
    if (distance === 0 || distance > allowed || (distance > 1 && count < 2)) continue
    ranked.push({ term, distance, sameStart: term[0] === word[0], count })
  }
  ranked.sort((a, b) => a.distance - b.distance || Math.abs(a.term.length - word.length) - Math.abs(b.term.length - word.length) || Number(b.sameStart) - Number(a.sameStart) || b.count - a.count || a.term.localeCompare(b.term))
  // A term inside a longer one already offered says the same: keep the first of each.
  const chosen: string[] = []
  const best = ranked[0]?.distance
  for (const { term, distance } of ranked) {
    if (distance !== best) break
    if (chosen.some((other) => other.includes(term) || term.includes(other))) continue
    chosen.push(term)
    if (chosen.length === limit) break
  }
  return chosen
}
