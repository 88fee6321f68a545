/**
 * The town's offices (承办单位) a suggestion can be handed to: CSV `name,kind`
 * (content/offices.csv, a demo list). Pure, so the server (OFFICES_FILE) and
 * the cloud function (bundled offices.csv) read it the same way; a malformed
 * file stops the start, naming the line, like the roster.
 */
import { parseCsvLine, splitLines } from './roster'
import { textLength, textProblem } from './schema'

export class OfficesError extends Error {
  override name = 'OfficesError'
}

export const OFFICE_COLUMNS = ['name', 'kind'] as const
export const OFFICE_NAME_MAX = 40

export interface Office {
  /** As the secretariat writes it, e.g. 城市建设管理办公室; stored on a suggestion as is */
  name: string
  /** A grouping for the desk's choice list, e.g. 镇机关, 派驻机构 */
  kind: string
}

/** The offices in file order, with a lookup by name. */
export interface Offices {
  readonly list: readonly Office[]
  has(name: string): boolean
}

export function officesOf(list: readonly Office[]): Offices {
  const names = new Set(list.map((o) => o.name))
  return { list, has: (name) => names.has(name) }
}

export function parseOffices(text: string, source = 'offices'): Offices {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  const fail = (line: number, message: string): never => {
    throw new OfficesError(`${source} line ${line}: ${message}`)
  }

  const headerIndex = lines.findIndex((l) => l.text.trim() !== '')
  if (headerIndex < 0) fail(1, `empty file; expected the header ${OFFICE_COLUMNS.join(',')}`)
  const header = lines[headerIndex]!
  const names = parseCsvLine(header.text, header.number, fail).map((h) => h.trim().toLowerCase())
  const missing = OFFICE_COLUMNS.filter((c) => !names.includes(c))
  if (missing.length) fail(header.number, `header must be ${OFFICE_COLUMNS.join(',')}; missing ${missing.join(', ')}`)

  const list: Office[] = []
  const seen = new Set<string>()
  for (const { text: raw, number } of lines.slice(headerIndex + 1)) {
    if (raw.trim() === '') continue
    const cells = parseCsvLine(raw, number, fail)
    if (cells.length !== names.length) fail(number, `expected ${names.length} fields, found ${cells.length}`)
    const cell = (column: (typeof OFFICE_COLUMNS)[number]) => (cells[names.indexOf(column)] ?? '').trim()

    const name = cell('name')
    if (!name) fail(number, 'name is empty')
    const problem = textProblem(name, 'name', false)
    if (problem) fail(number, `name "${name}" has characters that cannot be shown (control or direction characters)`)
    if (textLength(name) > OFFICE_NAME_MAX) fail(number, `name "${name}" is longer than ${OFFICE_NAME_MAX} characters`)
    if (seen.has(name)) fail(number, `office ${name} appears twice`)
    seen.add(name)
    const kind = cell('kind')
    if (!kind) fail(number, `kind is empty for ${name}`)
    if (textProblem(kind, 'kind', false)) fail(number, `kind of ${name} has characters that cannot be shown`)

    list.push({ name, kind })
  }
  if (list.length === 0) fail(header.number, 'no offices after the header')
  return officesOf(list)
}
