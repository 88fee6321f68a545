/**
 * The secretariat's roster CSV (`code,name,delegation,role`) → Roster.
 * Pure, so the cloud function (bundled CSV) and the server (ROSTER_FILE)
 * read it the same way. A malformed file fails loudly, naming the line.
 */
import { DELEGATE_CODE_PATTERN, normaliseDelegateCode } from './schema'
import type { Delegate, DelegateRole, Roster } from './types'

export class RosterError extends Error {
  override name = 'RosterError'
}

const COLUMNS = ['code', 'name', 'delegation', 'role'] as const
const ROLES: readonly DelegateRole[] = ['代表', '列席']

export function parseRoster(text: string, source = 'roster'): Roster {
  const lines = splitLines(text.replace(/^\uFEFF/, ''))
  const fail = (line: number, message: string): never => {
    throw new RosterError(`${source} line ${line}: ${message}`)
  }

  const headerIndex = lines.findIndex((l) => l.text.trim() !== '')
  if (headerIndex < 0) fail(1, `empty file; expected the header ${COLUMNS.join(',')}`)
  const header = lines[headerIndex]!
  const names = parseCsvLine(header.text, header.number, fail).map((h) => h.trim().toLowerCase())
  const index = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>
  const missing = COLUMNS.filter((c) => index[c] < 0)
  if (missing.length) fail(header.number, `header must be ${COLUMNS.join(',')}; missing ${missing.join(', ')}`)

  const roster = new Map<string, Delegate>()
  for (const { text: raw, number } of lines.slice(headerIndex + 1)) {
    if (raw.trim() === '') continue
    const cells = parseCsvLine(raw, number, fail)
    if (cells.length !== names.length) fail(number, `expected ${names.length} fields, found ${cells.length}`)
    const cell = (column: (typeof COLUMNS)[number]) => (cells[index[column]] ?? '').trim()

    const code = normaliseDelegateCode(cell('code'))
    if (!DELEGATE_CODE_PATTERN.test(code))
      fail(number, `code "${cell('code')}" must be 2–32 letters, digits or "-"`)
    if (roster.has(code)) fail(number, `code ${code} appears twice`)
    const name = cell('name')
    if (!name) fail(number, 'name is empty')
    const delegation = cell('delegation')
    if (!delegation) fail(number, 'delegation is empty')
    const role = cell('role') as DelegateRole
    if (!ROLES.includes(role)) fail(number, `role must be 代表 or 列席, found "${cell('role')}"`)

    roster.set(code, { code, name, delegation, role })
  }
  if (roster.size === 0) fail(header.number, 'no delegates after the header')
  return roster
}

interface Line {
  text: string
  number: number
}

/** Splits on line breaks outside quotes, keeping 1-based line numbers. */
function splitLines(text: string): Line[] {
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

function parseCsvLine(line: string, number: number, fail: (line: number, message: string) => never): string[] {
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
