/**
 * The secretariat's roster CSV (`code,name,delegation,role,pin`) → Roster.
 * Pure, so the cloud function (bundled CSV) and the server (ROSTER_FILE)
 * read it the same way. A malformed file fails loudly, naming the line; so
 * does a missing pin, because a delegate without one could not sign in
 * (`npm run roster:cards` fills them in).
 */
import { DELEGATE_CODE_PATTERN, normaliseDelegateCode } from './schema'
import type { Delegate, DelegateRole, Roster } from './types'

export class RosterError extends Error {
  override name = 'RosterError'
}

export const ROSTER_COLUMNS = ['code', 'name', 'delegation', 'role', 'pin'] as const
const ROLES: readonly DelegateRole[] = ['代表', '列席', '工作人员']
export const PIN_PATTERN = /^\d{6}$/

/** A roster line whose pin may still be missing (`pin` is then ''). */
export interface RosterEntry extends Delegate {
  line: number
}

export function parseRoster(text: string, source = 'roster'): Roster {
  const roster = new Map<string, Delegate>()
  for (const { line: _line, ...delegate } of parseRosterEntries(text, source, { pinsRequired: true })) roster.set(delegate.code, delegate)
  return roster
}

/**
 * Every delegate line in file order. With `pinsRequired: false` (the cards
 * command) an empty pin, or no pin column at all, is allowed; a malformed pin
 * never is.
 */
export function parseRosterEntries(text: string, source = 'roster', options: { pinsRequired: boolean }): RosterEntry[] {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  const fail = (line: number, message: string): never => {
    throw new RosterError(`${source} line ${line}: ${message}`)
  }

  const headerIndex = lines.findIndex((l) => l.text.trim() !== '')
  if (headerIndex < 0) fail(1, `empty file; expected the header ${ROSTER_COLUMNS.join(',')}`)
  const header = lines[headerIndex]!
  const names = parseCsvLine(header.text, header.number, fail).map((h) => h.trim().toLowerCase())
  const index = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof ROSTER_COLUMNS)[number], number>
  const missing = ROSTER_COLUMNS.filter((c) => index[c] < 0 && (c !== 'pin' || options.pinsRequired))
  if (missing.length) fail(header.number, `header must be ${ROSTER_COLUMNS.join(',')}; missing ${missing.join(', ')}`)

  const entries: RosterEntry[] = []
  const seen = new Set<string>()
  for (const { text: raw, number } of lines.slice(headerIndex + 1)) {
    if (raw.trim() === '') continue
    const cells = parseCsvLine(raw, number, fail)
    if (cells.length !== names.length) fail(number, `expected ${names.length} fields, found ${cells.length}`)
    const cell = (column: (typeof ROSTER_COLUMNS)[number]) => (index[column] < 0 ? '' : (cells[index[column]] ?? '').trim())

    const code = normaliseDelegateCode(cell('code'))
    if (!DELEGATE_CODE_PATTERN.test(code))
      fail(number, `code "${cell('code')}" must be 2–32 letters, digits or "-"`)
    if (seen.has(code)) fail(number, `code ${code} appears twice`)
    seen.add(code)
    const name = cell('name')
    if (!name) fail(number, 'name is empty')
    const delegation = cell('delegation')
    if (!delegation) fail(number, 'delegation is empty')
    const role = cell('role') as DelegateRole
    if (!ROLES.includes(role)) fail(number, `role must be ${ROLES.join(', ')}, found "${cell('role')}"`)
    const pin = cell('pin')
    if (pin === '' && options.pinsRequired)
      fail(number, `pin is missing for ${code}; every delegate needs a 6-digit pin (npm run roster:cards -- FILE fills them in)`)
    if (pin !== '' && !PIN_PATTERN.test(pin)) fail(number, `pin of ${code} must be 6 digits, found "${pin}"`)

    entries.push({ code, name, delegation, role, pin, line: number })
  }
  if (entries.length === 0) fail(header.number, 'no delegates after the header')
  return entries
}

export interface Line {
  text: string
  number: number
}

/** Splits on line breaks outside quotes, keeping 1-based line numbers (the offices list reads CSV the same way). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  let number = 1
  let startNumber = 1
  let quoted = false
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    if (i === text.length || (ch === '\n' && !quoted)) {
      lines.push({ text: text.slice(start, i).replace(/\r$/, ''), number: startNumber })
      start = i + 1
      startNumber = number + 1
    }
    if (ch === '\n') number++
  }
  return lines
}

export function parseCsvLine(line: string, number: number, fail: (line: number, message: string) => never): string[] {
  const cells: string[] = []
  let i = 0
  for (;;) {
    let cell = ''
    if (line[i] === '"') {
      i++
      for (;;) {
        if (i >= line.length) fail(number, 'unterminated quote')
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            cell += '"'
            i += 2
            continue
          }
          i++
          break
        }
        cell += line[i++]
      }
      if (i < line.length && line[i] !== ',') fail(number, 'unexpected text after a closing quote')
    } else {
      const end = line.indexOf(',', i)
      cell = line.slice(i, end < 0 ? line.length : end)
      if (cell.includes('"')) fail(number, 'a quote inside an unquoted field')
      i = end < 0 ? line.length : end
    }
    cells.push(cell)
    if (i >= line.length) return cells
    i++ // the comma
  }
}
