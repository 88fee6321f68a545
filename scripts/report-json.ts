/**
 * Prints the parsed report as JSON on stdout, and nothing else:
 * `npm run --silent report:json` (the report in content/) or
 * `npm run --silent report:json -- FILE` (any report text, with the override
 * file beside it). A text that cannot be read, or whose structure has a
 * blocking doubt, prints the reason on stderr and exits non-zero
 * (`npm run report:import -- FILE` explains every doubt).
 */
import { resolve } from 'node:path'
import { parseReport } from '../src/report/parse'
import { DEFAULT_REPORT_FILE, loadReportFile } from './report-file'

const [file] = process.argv.slice(2)
try {
  const { text, overrides } = loadReportFile(file ? resolve(file) : DEFAULT_REPORT_FILE)
  process.stdout.write(`${JSON.stringify(parseReport(text, overrides), null, 2)}\n`)
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exitCode = 1
}
