import { describe, expect, it } from 'vitest'
import { ECONOMY_INDICATORS, economyGroups } from '../../../src/report/economy'
import { report } from '../../../src/report/report'
import type { Report } from '../../../src/report/types'

const economyText = report.parts[0]!.sections[1]!.cards[0]!.items.join('')

describe('economyGroups', () => {
  const groups = economyGroups()
  const indicators = groups.flatMap((group) => group.indicators)

  it('picks every reviewed indicator from the report, none missing', () => {
    expect(indicators.map((indicator) => indicator.figure.id).sort()).toEqual(
      ECONOMY_INDICATORS.map((indicator) => indicator.figureId).sort(),
    )
  })

  it('takes the figures as the report writes them', () => {
    for (const indicator of indicators) expect(economyText).toContain(indicator.figure.text)
    const byName = (name: string) => indicators.find((indicator) => indicator.name === name)!
    expect(byName('地区生产总值').figure.label).toContain('地区生产总值')
    expect(byName('地区生产总值').figure.change?.direction).toBe('down')
    expect(byName('固定资产投资').figure.change?.direction).toBe('up')
    expect(byName('实际到账外资').figure.unit).toBe('万美元')
    expect(byName('新增企业法人').figure.unit).toBe('家')
  })

  it('groups by unit so bars compare only like with like, the largest at full length', () => {
    for (const group of groups) {
      for (const indicator of group.indicators) expect(indicator.figure.unit).toBe(group.unit)
      expect(Math.max(...group.indicators.map((indicator) => indicator.share))).toBe(1)
      for (const indicator of group.indicators) expect(indicator.share).toBeGreaterThan(0)
    }
    expect(new Set(groups.map((group) => group.unit)).size).toBe(groups.length)
    expect(groups[0]!.unit).toBe('亿元')
    expect(groups[0]!.indicators.length).toBe(5)
  })

  it('scales bars by value within a group', () => {
    const yi = groups[0]!.indicators
    const largest = Math.max(...yi.map((indicator) => indicator.figure.value))
    for (const indicator of yi) expect(indicator.share).toBeCloseTo(indicator.figure.value / largest, 10)
  })

  it('leaves out an indicator whose figure is gone rather than inventing one', () => {
    const trimmed: Report = structuredClone(report)
    const card = trimmed.parts[0]!.sections[1]!.cards[0]!
    card.figures = card.figures.filter((figure) => figure.id !== 'review-2-1-f7')
    const names = economyGroups(trimmed).flatMap((group) => group.indicators.map((indicator) => indicator.name))
    expect(names).not.toContain('实际到账外资')
    expect(names).toHaveLength(ECONOMY_INDICATORS.length - 1)
  })
})
