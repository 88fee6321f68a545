/**
 * Reviewed corrections for the few labels the parser cannot take cleanly from
 * the text of the 2022 mid-year report in content/. Keyed by card id and
 * figure text (every figure with that text in that card), and applied only to
 * that report (card ids repeat across reports). A unit test fails when an
 * entry no longer matches a figure or no longer changes the parser's label, so
 * the table cannot go stale silently. Other reports keep theirs in the
 * override file beside their text (figureLabels, see overrides.ts).
 */
import type { ReportMeta } from './types'

/** The report these corrections were reviewed against. */
export const FIGURE_LABEL_OVERRIDES_REPORT = { meeting: '牛塘镇第五届人民代表大会第二次会议', date: '2022-07-14' } as const

export interface FigureLabelOverride {
  card: string
  text: string
  label: string
  reason: string
}

export const FIGURE_LABEL_OVERRIDES: readonly FigureLabelOverride[] = [
  {
    card: 'review-1-2',
    text: '8550条',
    label: '不在常、无法联系',
    reason: 'The list mark 、 inside 「不在常、无法联系的8550条」 cuts the label in half.',
  },
  {
    card: 'review-1-3',
    text: '53类',
    label: '“应检尽检”重点人群',
    reason: 'What is counted is the groups of people; 范围和检测频次 is what was defined for them.',
  },
  {
    card: 'review-3-3',
    text: '457处',
    label: '不合规、存在安全隐患广告',
    reason: 'The list mark 、 inside the label cuts it, and 存在 reads as its verb.',
  },
  {
    card: 'review-4-2',
    text: '22家',
    label: '关闭搬迁化工企业遗留地块',
    reason: 'The label runs on into the action (治理) with no word to stop at.',
  },
  {
    card: 'review-6-1',
    text: '7个',
    label: '村（社区）',
    reason: 'The bracket in 「村（社区）」 is part of the label, not a clause boundary.',
  },
  {
    card: 'review-6-2',
    text: '1057家',
    label: '工业企业',
    reason: 'The label runs on into the task (安全生产风险报告工作) with no word to stop at.',
  },
  {
    card: 'plan-3-3',
    text: '567家',
    label: '网格化监管名单内企业',
    reason: 'What is counted is the companies, named before the number; 隐患排查 after it is the task.',
  },
]

/** The reviewed corrections that apply to a report, by its meeting and date. */
export function builtInFigureLabelFixes(meta: ReportMeta): readonly FigureLabelOverride[] {
  const { meeting, date } = FIGURE_LABEL_OVERRIDES_REPORT
  return meta.meeting === meeting && meta.date === date ? FIGURE_LABEL_OVERRIDES : []
}
