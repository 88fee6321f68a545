/** Prints the parsed report as JSON on stdout, and nothing else: `npm run --silent report:json`. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseReport } from '../src/report/parse'

const source = fileURLToPath(new URL('../content/niutang-2022-midyear-work-report.txt', import.meta.url))
process.stdout.write(`${JSON.stringify(parseReport(readFileSync(source, 'utf8')), null, 2)}\n`)
