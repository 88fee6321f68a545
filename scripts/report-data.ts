/**
 * Writes the parsed report to src/report/data/report.json, the file the app
 * imports (so the parser never ships to phones), the cover's outline to
 * src/report/data/outline.json (so the first screen does not carry the whole
 * report; its 数说 figures as listed beside the text or chosen by rule) and
 * how the app names the report to src/report/data/wording.json, and the
 * links between its review and plan to src/report/data/links.json, and its
 * headings cut into words to src/report/data/heading-units.json:
 * `npm run report:data`. The report is REPORT_FILE (a path to a report text,
 * with its override file beside it), by default the one in content/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { highlightsOf } from '../src/report/highlights-rule'
import { buildOutline } from '../src/report/outline-build'
import { headingUnitsOf } from '../src/report/heading-units-build'
import { parseReport } from '../src/report/parse'
import { wordingOf } from '../src/report/report-wording'
import { confirmedLinks, REVIEWED_LINKS } from '../src/report/links-file'
import { BUILT_IN_REPORT_FILE, DEFAULT_REPORT_FILE, loadReportFile } from './report-file'

const sourcePath = DEFAULT_REPORT_FILE
const { text, overrides } = loadReportFile(sourcePath)
const report = parseReport(text, overrides)
const write = (name: string, data: unknown) => {
  const target = fileURLToPath(new URL(`../src/report/data/${name}`, import.meta.url))
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`)
  return target
}
const target = write('report.json', report)
// 数说: the figures a reviewer listed beside the text, or else chosen by rule (highlights-rule.ts).
write('outline.json', { ...buildOutline(report), highlights: highlightsOf(report, overrides.app?.highlights) })
const wording = wordingOf(report, overrides.app)
write('wording.json', wording)
// The headings cut into words here, so phones need not (heading-units-build.ts).
write('heading-units.json', headingUnitsOf(report, wording))
// The links between review and plan: the confirmed ones beside the text, or the reviewed ones of the report in content/.
const linksFile = `${sourcePath.replace(/\.txt$/i, '')}.links.json`
write('links.json', existsSync(linksFile) ? confirmedLinks(readFileSync(linksFile, 'utf8')) : sourcePath === BUILT_IN_REPORT_FILE ? REVIEWED_LINKS : { sections: [], cards: [], progress: [] })
const cards = report.parts.reduce((n, part) => n + part.sections.reduce((m, s) => m + s.cards.length, 0), 0)
console.log(`wrote ${target} from ${sourcePath}: ${report.parts.length} parts, ${cards} cards`)
