/**
 * `npm run bench`: builds what it needs, measures, prints one table and writes
 * docs/benchmarks.md. A missed budget is reported as FAIL and the exit code
 * stays 0; a measurement that could not be made exits 1 and writes nothing.
 *
 *   npm run bench                      everything (~4–5 min on 2 cores)
 *   npm run bench -- --only h5         one part: h5 | weapp | suggest | live | search | transpile (comma-separated for several)
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { measureH5FirstView } from './h5-first-view'
import { measureLive } from './live'
import { describeMachine } from './machine'
import { describeSource } from './source-revision'
import { benchmarksMarkdown, consoleTable } from './report'
import type { BenchRow, MeasureOutcome } from './result'
import { measureSearch } from './search'
import { measureSuggestions } from './suggestions'
import { measureTranspileCost } from './transpile-cost'
import { measureWeappPackage } from './weapp-package'

const PARTS = ['search', 'weapp', 'suggest', 'live', 'h5', 'transpile'] as const
type Part = (typeof PARTS)[number]

const DOCUMENT = path.resolve(__dirname, '../../docs/benchmarks.md')

function selectedParts(argv: string[]): Part[] {
  const at = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='))
  if (at === -1) return [...PARTS]
  const value = argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1]
  const wanted = (value ?? '').split(',').filter(Boolean)
  const unknown = wanted.filter((part) => !(PARTS as readonly string[]).includes(part))
  if (wanted.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes ${PARTS.join(' | ')} (comma-separated), got "${value ?? ''}"`)
  }
  return PARTS.filter((part) => wanted.includes(part))
}

async function main(): Promise<number> {
  const parts = selectedParts(process.argv.slice(2))
  const source = describeSource()
  const started = performance.now()
  const loadAtStart: string[] = []
  const rows: BenchRow[] = []
  const notes: string[] = []
  const failures: string[] = []
  let chromium = 'not used in this run'

  for (const part of parts) {
    const partStarted = performance.now()
    const load = os.loadavg()[0]!
    console.log(`bench: ${part}… (load average ${load.toFixed(2)} on ${os.availableParallelism()} cores)`)
    if (load > os.availableParallelism()) console.warn('bench: the machine is busy with other work; expect slower, noisier figures')
    loadAtStart.push(`${part} ${load.toFixed(2)}`)
    try {
      let outcome: MeasureOutcome
      if (part === 'search') outcome = measureSearch()
      else if (part === 'weapp') outcome = measureWeappPackage()
      else if (part === 'suggest') outcome = await measureSuggestions()
      else if (part === 'live') outcome = await measureLive()
      else if (part === 'transpile') outcome = await measureTranspileCost()
      else {
        const firstView = await measureH5FirstView()
        chromium = firstView.chromiumVersion
        outcome = firstView
      }
      rows.push(...outcome.rows)
      notes.push(...outcome.notes)
      console.log(`bench: ${part} done in ${((performance.now() - partStarted) / 1000).toFixed(0)} s`)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      failures.push(part)
      console.error(`bench: ${part} could not be measured:\n${message}`)
    }
  }

  const seconds = (performance.now() - started) / 1000
  notes.push(
    `Load average (1 min) as each part started: ${loadAtStart.join(', ')}; at the end ${os.loadavg()[0]!.toFixed(2)}. ` +
      `Above ${os.availableParallelism()} (the core count) other work was running, and every figure is slower and noisier for it.`,
  )
  console.log(`\n${consoleTable(rows)}\n`)
  const judged = rows.filter((row) => row.budget)
  console.log(`${judged.filter((row) => row.budget!.met).length} of ${judged.length} budgets met; ${seconds.toFixed(0)} s in all.`)

  if (failures.length > 0) {
    console.error(`Not measured: ${failures.join(', ')}. docs/benchmarks.md left as it was.`)
    return 1
  }
  if (parts.length < PARTS.length) {
    console.log('A partial run (--only): docs/benchmarks.md left as it was.')
    return 0
  }
  const markdown = benchmarksMarkdown({ date: new Date(), machine: describeMachine(), chromium, source, rows, notes, seconds })
  fs.writeFileSync(DOCUMENT, markdown)
  console.log(`Written to ${path.relative(process.cwd(), DOCUMENT)}.`)
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
