/** The table as printed and as written to docs/benchmarks.md. */
import type { Machine } from './machine'
import type { BenchRow } from './result'

function verdict(row: BenchRow): string {
  if (!row.budget) return ''
  return row.budget.met ? 'PASS' : 'FAIL'
}

export function consoleTable(rows: BenchRow[]): string {
  const cells = [
    ['part', 'measure', 'value', 'budget', 'result'],
    ...rows.map((row) => [row.group, row.measure, row.value, row.budget?.label ?? '', verdict(row)]),
  ]
  // Budget labels hold a few wide characters; the table stays readable without exact alignment.
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((line) => line[column]!.length)))
  const line = (values: string[]): string => values.map((value, column) => value.padEnd(widths[column]!)).join('  ').trimEnd()
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

export interface BenchDocument {
  date: Date
  machine: Machine
  chromium: string
  /** The commit measured, and whether the tree was clean */
  source: string
  rows: BenchRow[]
  notes: string[]
  seconds: number
}

export function benchmarksMarkdown(doc: BenchDocument): string {
  const judged = doc.rows.filter((row) => row.budget)
  const failed = judged.filter((row) => !row.budget!.met)
  const escape = (text: string): string => text.replace(/\|/g, '\\|')
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench/) on ${doc.date.toISOString().replace('T', ' ').slice(0, 16)} UTC; the whole run took ${Math.round(doc.seconds)} s. ` +
      'Rerun it to replace this file; `npm run bench -- --only h5|weapp|suggest|search|transpile` runs one part and prints it without writing this file.',
    '',
    '## Machine',
    '',
    `- CPU: ${doc.machine.cpu}, ${doc.machine.cores} cores`,
    `- Memory: ${doc.machine.memory}`,
    `- OS: ${doc.machine.os}`,
    `- Node ${doc.machine.node}, Chromium ${doc.chromium}`,
    `- Source measured: ${doc.source}`,
    '',
    '## Results',
    '',
    `${judged.length - failed.length} of ${judged.length} budgets met. KB are 1024 bytes; a missed budget is FAIL here and does not fail the script.`,
    '',
    '| part | measure | value | budget (issues 7, 10) | result |',
    '|---|---|---|---|---|',
    ...doc.rows.map(
      (row) => `| ${escape(row.group)} | ${escape(row.measure)} | ${escape(row.value)} | ${escape(row.budget?.label ?? '')} | ${verdict(row)} |`,
    ),
    '',
    '## How each figure was measured',
    '',
    ...doc.notes.map((note) => `- ${note}`),
    '',
  ].join('\n')
}
