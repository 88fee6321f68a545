/** 经济运行一览: the economic indicators of the review, picked from the report by rule (economy-rule.ts). */
import { report as fullReport } from './report'
import { cardsInOrder } from './reading-order'
import { economyIndicatorsOf, type IndicatorChoice } from './economy-rule'
import type { Figure, Report } from './types'

/** The indicators of the report the app shows, in the report's order; names are short forms for the chart. */
export const ECONOMY_INDICATORS: readonly IndicatorChoice[] = economyIndicatorsOf(fullReport)

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
export function economyGroups(source: Report = fullReport, indicators: readonly IndicatorChoice[] = source === fullReport ? ECONOMY_INDICATORS : economyIndicatorsOf(source)): EconomyGroup[] {
  const placed = new Map<string, { figure: Figure; cardId: string }>()
  for (const card of cardsInOrder(source))
    for (const figure of card.figures) placed.set(figure.id, { figure, cardId: card.id })

  const groups: EconomyGroup[] = []
  for (const { figureId, name } of indicators) {
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
