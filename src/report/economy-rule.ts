/**
 * Which figures are the economy's headline indicators (经济运行一览), by rule:
 * in the review part, a quantity (not a percentage) whose label names one of
 * the indicators every 政府工作报告 reports; the first of each, in reading order.
 */
import type { Figure, Report } from './types'

export interface IndicatorChoice {
  figureId: string
  /** The short form the chart shows */
  name: string
}

/** The indicators, each a label pattern and its short name (the matched words when no name is given). */
const INDICATORS: ReadonlyArray<{ pattern: RegExp; name?: string }> = [
  { pattern: /地区生产总值|国内生产总值/ },
  { pattern: /规模以上工业产值|规上工业产值/, name: '规上工业产值' },
  { pattern: /规模以上工业增加值|规上工业增加值/, name: '规上工业增加值' },
  { pattern: /固定资产投资/ },
  { pattern: /限额以上批零住餐销售额|限上批零住餐销售额/, name: '限上批零住餐销售额' },
  { pattern: /社会消费品零售总额/ },
  { pattern: /一般公共预算收入/, name: '一般公共预算收入' },
  { pattern: /实际到账外资|实际使用外资/ },
  { pattern: /外贸进出口|进出口总额/, name: '外贸进出口' },
  { pattern: /新增企业法人|新登记市场主体|新增经营主体/ },
  { pattern: /居民人均可支配收入/, name: '居民人均可支配收入' },
]

/** Fewer than this and there is no economy page. */
export const ECONOMY_MIN_INDICATORS = 3

export function economyIndicatorsOf(report: Report): IndicatorChoice[] {
  const chosen: Array<IndicatorChoice & { order: number }> = []
  const seen = new Set<number>()
  let order = 0
  for (const part of report.parts.filter((candidate) => candidate.kind === 'review' || candidate.id === 'review')) {
    for (const section of part.sections) {
      for (const card of section.cards) {
        for (const figure of card.figures) {
          order++
          const at = indicatorOf(figure)
          if (at < 0 || seen.has(at)) continue
          seen.add(at)
          const { pattern, name } = INDICATORS[at] as { pattern: RegExp; name?: string }
          chosen.push({ figureId: figure.id, name: name ?? pattern.exec(figure.label)?.[0] ?? figure.label, order })
        }
      }
    }
  }
  return chosen.sort((a, b) => a.order - b.order).map(({ figureId, name }) => ({ figureId, name }))
}

function indicatorOf(figure: Figure): number {
  if (figure.unit === '%') return -1
  return INDICATORS.findIndex(({ pattern }) => pattern.test(figure.label))
}
