/**
 * The report as delivered (plain text) → the report as data, strictly: the
 * form the app's build uses (`npm run report:data`). It is readReport
 * (read.ts) that throws on a blocking doubt instead of returning it, so a
 * wrong structure never reaches the app in silence. Punctuation and digit
 * width do not matter: the data carries canonical full-width punctuation and
 * ASCII digits.
 */
import type { Report } from './types'
import type { ReportOverrides } from './overrides'
import { readReport } from './read'
import { builtInFigureLabelFixes } from './figure-label-overrides'

export function parseReport(text: string, overrides: ReportOverrides = {}): Report {
  const { report, doubts } = readReport(text, overrides, builtInFigureLabelFixes)
  const blocking = doubts.find((d) => d.blocking)
  if (blocking) throw new Error(blocking.message)
  return report
}
