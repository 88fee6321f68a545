/** 经济运行一览: the first-half economic indicators, picked from the report by figure id. */
import { report as fullReport } from './report'
import { cardsInOrder } from './reading-order'
import type { Figure, Report } from './types'

/** Reviewed choice, in the report's order; names are short forms for the chart. */
export const ECONOMY_INDICATORS = [
  { figureId: 'review-2-1-f1', name: '地区生产总值' },
  { figureId: 'review-2-1-f2', name: '规上工业产值' },
  { figureId: 'review-2-1-f3', name: '固定资产投资' },
  { figureId: 'review-2-1-f4', name: '限上批零住餐销售额' },
  { figureId: 'review-2-1-f6', name: '一般公共预算收入' },
  { figureId: 'review-2-1-f7', name: '实际到账外资' },
  { figureId: 'review-2-1-f8', name: '新增企业法人' },
] as const

export interface EconomyIndicator {
  name: string
  figure: Figure
  cardId: string
  /** value / the largest value of the same unit, in (0, 1]: bars compare only like with like */
  share: number
}

export interface EconomyGroup {
  unit: string
  indicators: EconomyIndicator[]
}

/** The indicators grouped by unit (groups in order of first appearance). */
export function economyGroups(source: Report = fullReport): EconomyGroup[] {
  const placed = new Map<string, { figure: Figure; cardId: string }>()
  for (const card of cardsInOrder(source))
    for (const figure of card.figures) placed.set(figure.id, { figure, cardId: card.id })

  const groups: EconomyGroup[] = []
  for (const { figureId, name } of ECONOMY_INDICATORS) {
    const found = placed.get(figureId)
    if (!found) continue
    let group = groups.find((candidate) => candidate.unit === found.figure.unit)
    if (!group) {
      group = { unit: found.figure.unit, indicators: [] }
      groups.push(group)
    }
    group.indicators.push({ name, ...found, share: 0 })
  }
  for (const group of groups) {
    const largest = Math.max(...group.indicators.map((indicator) => indicator.figure.value))
    for (const indicator of group.indicators) indicator.share = largest > 0 ? indicator.figure.value / largest : 0
  }
  return groups
}
