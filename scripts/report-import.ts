/**
 * Checks a report's text before it is published: `npm run report:import -- FILE`.
 * Prints the parts, sections, card counts, figures and every doubt (line and
 * what to do) in plain Chinese. Exit code 0: publishable (doubts to check may
 * remain); 1: the structure has blocking doubts; 2: the text cannot be read.
 */
import { relative, resolve } from 'node:path'
import { importSummary } from '../src/report/import-summary'
import { readReport, UnreadableText } from '../src/report/read'
import { builtInFigureLabelFixes } from '../src/report/figure-label-overrides'
import { loadReportFile } from './report-file'

const [file] = process.argv.slice(2)
if (!file) {
  process.stderr.write('用法：npm run report:import -- 报告文件.txt\n（UTF-8 纯文本，一段一行；修正文件放在旁边，名为 报告文件.overrides.json）\n')
  process.exit(2)
}
try {
  const { path, text, overrides, overridesPath } = loadReportFile(resolve(file))
  const { report, doubts } = readReport(text, overrides, builtInFigureLabelFixes)
  const overrideCount = ['headings', 'paragraphs', 'cards', 'figureLabels'].reduce(
    (n, key) => n + ((overrides as Record<string, unknown[] | undefined>)[key]?.length ?? 0),
    0,
  )
  const lines = importSummary({ report, doubts, file: relative(process.cwd(), path) || path, ...(overridesPath ? { overridesFile: relative(process.cwd(), overridesPath) } : {}), overrideCount })
  process.stdout.write(`${lines.join('\n')}\n`)
  process.exitCode = doubts.some((d) => d.blocking) ? 1 : 0
} catch (error) {
  if (!(error instanceof UnreadableText)) throw error
  process.stderr.write(`无法读取：${error.message}\n`)
  process.exitCode = 2
}
