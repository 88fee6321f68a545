/** What every measure hands back to the runner: rows for the table, each maybe judged against a budget. */

export interface Budget {
  /** As written in issue 7, e.g. "≤ 130 KB" */
  label: string
  /** True when the measured value meets the budget */
  met: boolean
}

export interface BenchRow {
  /** Which part of the benchmark, e.g. "H5 cover" */
  group: string
  measure: string
  /** The value as shown, with its unit */
  value: string
  budget?: Budget
}

export interface MeasureOutcome {
  rows: BenchRow[]
  /** Lines about how it was measured, for docs/benchmarks.md */
  notes: string[]
}

export function budgetAtMost(value: number, limit: number, label: string): Budget {
  return { label, met: value <= limit }
}

export function budgetAtLeast(value: number, floor: number, label: string): Budget {
  return { label, met: value >= floor }
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`
export const milliseconds = (ms: number, digits = 0): string => `${ms.toFixed(digits)} ms`
