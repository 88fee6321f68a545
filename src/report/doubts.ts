/**
 * What the parser is not sure of, in plain words for the secretary who imports
 * a report: the line, what looks wrong, what to do. A blocking doubt means the
 * structure cannot be trusted: parseReport throws on it (in English, for
 * developers) and `npm run report:import` lists it first.
 */
export type DoubtCode =
  | 'dateline'
  | 'lost-space'
  | 'missing-part-title'
  | 'section-order'
  | 'unrecognised-paragraph'
  | 'remarks'
  | 'part-kind-guessed'
  | 'no-sections'
  | 'no-closing'
  | 'long-card'
  | 'split-at-themes'
  | 'lost-text'
  | 'stale-override'

export interface Doubt {
  /** 1-based line in the file as delivered */
  line: number
  code: DoubtCode
  blocking: boolean
  /** What looks wrong (Chinese, for the secretary) */
  what: string
  /** What to do about it (Chinese) */
  todo: string
  /** The same for developers: parseReport's error message */
  message: string
}

const BLOCKING: ReadonlySet<DoubtCode> = new Set(['dateline', 'missing-part-title', 'section-order', 'unrecognised-paragraph', 'lost-text'])

export function doubt(line: number, code: DoubtCode, what: string, todo: string, message: string): Doubt {
  return { line, code, blocking: BLOCKING.has(code), what, todo, message: `report: line ${line}: ${message}` }
}

/** The start of a paragraph, to name it in a doubt. */
export function quote(text: string, length = 16): string {
  const chars = [...text.replace(/\n/g, '')]
  return `「${chars.slice(0, length).join('')}${chars.length > length ? '…' : ''}」`
}
