/**
 * The roster for the local server: ROSTER_FILE, else the demo roster shipped
 * in content/roster/demo.csv.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseRoster, RosterError } from '../../src/feedback/roster'
import type { Roster } from '../../src/feedback/types'

export const DEMO_ROSTER_FILE = fileURLToPath(new URL('../../content/roster/demo.csv', import.meta.url))

export function loadRosterFile(file: string = DEMO_ROSTER_FILE): Roster {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new RosterError(`cannot read the roster ${file}: ${(error as Error).message}`)
  }
  return parseRoster(text, file)
}
