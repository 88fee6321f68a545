/**
 * How the app names what the report is about, taken from the report itself
 * (its meeting, date and part titles), so no page says which town, year or
 * half-year in code. `npm run report:data` writes it to data/wording.json;
 * the app reads it through wording-data.ts.
 */
import type { PartKind, Report } from './types'
import type { AppSettings } from './overrides'
import { ECONOMY_MIN_INDICATORS, economyIndicatorsOf } from './economy-rule'

export interface PartWording {
  id: string
  /** How a delegate says the part: 上半年, 下半年, 工作回顾, 重点工作 */
  shortName: string
  /** The part's title without its year: 上半年工作回顾, 下半年主要工作任务 */
  heading: string
}

export interface ReportWording {
  /** Who reports: 牛塘镇, 甘肃省, 国务院 */
  place: string
  year: number
  /** The period reported on and planned: 2022年上半年, 2026年 */
  period: string
  /** The report as a share card names it: 牛塘镇2022年上半年政府工作报告 */
  shareTitle: string
  /** The poster's top band: 牛塘镇政府工作报告 · 2022年上半年 */
  posterBand: string
  /** Suggestion receipts start with it: NT-2022 */
  receiptPrefix: string
  /** The static shell's description */
  description: string
  parts: PartWording[]
  /** 数说上半年 */
  highlightsTitle: string
  /** 上半年经济运行一览; null when the report has too few economic indicators for the page */
  economyTitle: string | null
  /** Where the economy page's figures come from: 1-6月数据（预计数），来自报告“经济运行承压回升”一节；… */
  economyNote: string
  /** Beside a review card, the plan's cards: 下半年怎么干; beside a plan card: 上半年做了什么 */
  relatedFromReview: string
  relatedFromPlan: string
  /** The two sides of a progress pair: 上半年完成, 下半年目标 */
  progressDone: string
  progressGoal: string
}

const HALF = /(上半年|下半年)/
const KIND_SHORT_NAMES: Record<PartKind, string> = { review: '工作回顾', goals: '目标任务', plan: '工作安排', government: '政府建设', notes: '附件' }

/** 牛塘镇第五届人民代表大会… → 牛塘镇; 第十一届全国人民代表大会… → 国务院. */
export function placeOf(meeting: string): string {
  if (/全国人民代表大会/.test(meeting)) return '国务院'
  return /^(.+?)(?:第?[一二三四五六七八九十]+届|第\d+届)/.exec(meeting)?.[1] ?? ''
}

function shortNameOf(part: Report['parts'][number]): string {
  const half = HALF.exec(part.title)?.[1]
  if (half) return half
  if (part.kind === 'plan' && /重点工作/.test(part.title)) return '重点工作'
  return part.kind && part.id === part.kind ? KIND_SHORT_NAMES[part.kind] : part.title
}

export function wordingOf(report: Report, settings: AppSettings = {}): ReportWording {
  const { meta } = report
  const year = Number(meta.date.slice(0, 4))
  const place = settings.place ?? placeOf(meta.meeting)
  const review = report.parts.find((part) => part.kind === 'review')
  const plan = report.parts.find((part) => part.kind === 'plan')
  const half = HALF.exec(review?.title ?? '')?.[1]
  const period = half ? `${year}年${half}` : `${year}年`
  const ownTitle = meta.title.replace(/\s+/g, '')
  const shareTitle = /^\d{4}年?.+政府工作报告$/.test(ownTitle) ? ownTitle : `${place}${period}政府工作报告`
  const parts = report.parts.map((part) => ({ id: part.id, shortName: shortNameOf(part), heading: part.title.replace(/^\d{4}年(?=.)/, '') }))
  const reviewName = review ? (parts.find((p) => p.id === review.id)?.shortName ?? '') : ''
  const planName = plan ? (parts.find((p) => p.id === plan.id)?.shortName ?? '') : ''
  const halves = HALF.test(reviewName) && HALF.test(planName)
  // What the review looks back on: 上半年, or the year before the report (an annual report reviews last year).
  const reviewPeriod = HALF.test(reviewName) ? reviewName : `${year - 1}年`
  const indicators = economyIndicatorsOf(report)
  const economy = indicators.length >= ECONOMY_MIN_INDICATORS
  return {
    place,
    year,
    period,
    shareTitle,
    posterBand: `${place}政府工作报告 · ${period}`,
    receiptPrefix: `${settings.placeCode ?? 'BG'}-${year}`,
    description: `${shareTitle}：工作回顾与${halves ? planName : ''}主要任务，可搜索、可收藏、可提建议。`,
    parts,
    highlightsTitle: `数说${reviewPeriod}`,
    economyTitle: economy ? `${reviewPeriod}经济运行一览` : null,
    economyNote: economyNoteOf(report, indicators[0]?.figureId),
    relatedFromReview: halves ? `${planName}怎么干` : '接下来怎么干',
    relatedFromPlan: halves ? `${reviewName}做了什么` : '过去做了什么',
    progressDone: halves ? `${reviewName}完成` : '已完成',
    progressGoal: halves ? `${planName}目标` : '新目标',
  }
}

/** 「1-6月数据（预计数），来自报告“经济运行承压回升”一节；箭头为同比变化。」: the months and 预计数 only when the card says so. */
function economyNoteOf(report: Report, figureId: string | undefined): string {
  const card = report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards)).find((c) => c.figures.some((f) => f.id === figureId))
  if (!card) return '箭头为同比变化。'
  const text = card.items.join('')
  const months = /^(\d{1,2}-\d{1,2}月)/.exec(card.items[0] ?? '')?.[1]
  const estimate = /（预计数/.test(text) ? '（预计数）' : ''
  return `${months ? `${months}数据${estimate}，` : estimate ? `${estimate.slice(1, -1)}，` : ''}来自报告“${card.title}”一节；箭头为同比变化。`
}
