/**
 * The offices (承办单位) for the local server: OFFICES_FILE, else the demo
 * list shipped in content/offices.csv.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { OfficesError, parseOffices, type Offices } from '../../src/feedback/offices'

export const DEMO_OFFICES_FILE = fileURLToPath(new URL('../../content/offices.csv', import.meta.url))

export function loadOfficesFile(file: string = DEMO_OFFICES_FILE): Offices {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new OfficesError(`cannot read the offices list ${file}: ${(error as Error).message}`)
  }
  return parseOffices(text, file)
}
