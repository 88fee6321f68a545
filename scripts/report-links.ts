/**
 * Proposes the links between review and plan sections of a report and writes
 * them into the reviewed links file beside its text (report.links.json):
 * `npm run report:links -- FILE`. A secretary sets "confirmed": true on the
 * ones that hold; confirmed entries are kept as they are on the next run,
 * proposals are refreshed. The 2022 report's reviewed links are in
 * src/report/links-data.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { proposeSectionLinks } from '../src/report/links-rule'
import { parseReport } from '../src/report/parse'
import { UnreadableText } from '../src/report/text-lines'
import { loadReportFile } from './report-file'

interface LinkEntry {
  review: string
  plan: string[]
  because?: string[]
  confirmed: boolean
}

const [file] = process.argv.slice(2)
if (!file) {
  process.stderr.write('用法：npm run report:links -- 报告文件.txt\n')
  process.exit(2)
}
try {
  const path = resolve(file)
  const { text, overrides } = loadReportFile(path)
  const report = parseReport(text, overrides)
  const target = `${path.replace(/\.txt$/i, '')}.links.json`
  const previous: LinkEntry[] = existsSync(target) ? ((JSON.parse(readFileSync(target, 'utf8')) as { sections?: LinkEntry[] }).sections ?? []) : []
  const confirmed = previous.filter((entry) => entry.confirmed)
  const proposals = proposeSectionLinks(report)
    .filter((link) => !confirmed.some((entry) => entry.review === link.review))
    .map((link) => ({ ...link, confirmed: false }))
  const sections = [...confirmed, ...proposals].sort((a, b) => a.review.localeCompare(b.review, 'en', { numeric: true }))
  writeFileSync(target, `${JSON.stringify({ sections }, null, 2)}\n`)
  const title = (id: string) => report.parts.flatMap((part) => part.sections).find((section) => section.id === id)?.headline ?? id
  for (const entry of sections) {
    process.stdout.write(`${entry.confirmed ? '已确认' : '建议  '} ${title(entry.review)} → ${entry.plan.map(title).join('、') || '（无）'}\n`)
  }
  process.stdout.write(`写入 ${target}：${confirmed.length} 条已确认，${proposals.length} 条建议待确认（把 "confirmed" 改为 true 即确认）。\n`)
} catch (error) {
  if (!(error instanceof UnreadableText) && !(error instanceof Error && error.message.startsWith('report:'))) throw error
  process.stderr.write(`无法读取：${(error as Error).message}\n`)
  process.exitCode = 2
}
