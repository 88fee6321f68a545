/**
 * Writes the parsed report to src/report/data/report.json, the file the app
 * imports (so the parser never ships to phones), and the cover's outline to
 * src/report/data/outline.json (so the first screen does not carry the whole
 * report): `npm run report:data`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildOutline } from '../src/report/outline-build'
import { parseReport } from '../src/report/parse'

const source = fileURLToPath(new URL('../content/niutang-2022-midyear-work-report.txt', import.meta.url))
const target = fileURLToPath(new URL('../src/report/data/report.json', import.meta.url))
const report = parseReport(readFileSync(source, 'utf8'))
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, `${JSON.stringify(report, null, 2)}\n`)
const outlineTarget = fileURLToPath(new URL('../src/report/data/outline.json', import.meta.url))
writeFileSync(outlineTarget, `${JSON.stringify(buildOutline(report), null, 2)}\n`)
const cards = report.parts.reduce((n, part) => n + part.sections.reduce((m, s) => m + s.cards.length, 0), 0)
console.log(`wrote ${target}: ${report.parts.length} parts, ${cards} cards`)
