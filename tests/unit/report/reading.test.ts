import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { cardsInOrder, findCard, neighboursOf, partOf, sectionIdOf, sectionOf } from '../../../src/report/reading-order'
import { figuresOfItem, splitItemByFigures } from '../../../src/report/figure-segments'
import { summaryOf } from '../../../src/report/summary'
import type { Card, Figure } from '../../../src/report/types'
import { source } from './source'

const report = parseReport(source)

describe('reading order', () => {
  it('lists the 42 cards, the review before the plan', () => {
    const ids = cardsInOrder(report).map((c) => c.id)
    expect(ids).toHaveLength(42)
    expect(ids.slice(0, 4)).toEqual(['review-1-1', 'review-1-2', 'review-1-3', 'review-2-1'])
    expect(ids.slice(22, 24)).toEqual(['review-7-3', 'plan-1-1'])
    expect(ids[41]).toBe('plan-6-3')
  })

  it('finds a card by id', () => {
    expect(findCard(report, 'review-2-3')?.title).toBe('企业培育精准有效')
    expect(findCard(report, 'plan-3-1')?.title).toBe('加强管控，夯实绿色低碳基底')
    expect(findCard(report, 'review-9-9')).toBeUndefined()
  })

  it('gives neighbours across sections and parts, and none past either end', () => {
    expect(neighboursOf(report, 'review-1-3').next?.id).toBe('review-2-1')
    expect(neighboursOf(report, 'review-2-1').previous?.id).toBe('review-1-3')
    expect(neighboursOf(report, 'review-7-3').next?.id).toBe('plan-1-1')
    expect(neighboursOf(report, 'review-1-1')).toEqual({ next: findCard(report, 'review-1-2') })
    expect(neighboursOf(report, 'plan-6-3')).toEqual({ previous: findCard(report, 'plan-6-2') })
    expect(neighboursOf(report, 'nope')).toEqual({})
  })

  it('knows a card\'s section and part', () => {
    expect(sectionIdOf('review-2-3')).toBe('review-2')
    expect(sectionIdOf('plan-6-1')).toBe('plan-6')
    expect(sectionIdOf('review-2')).toBeUndefined()
    expect(sectionOf(report, 'plan-3-2')?.slogan).toBe('多措并举')
    expect(partOf(report, 'plan-3-2')?.title).toBe('2022年下半年主要工作任务')
    expect(sectionOf(report, 'bogus')).toBeUndefined()
  })
})

describe('splitItemByFigures', () => {
  const card = findCard(report, 'review-2-1') as Card

  it('marks the figures and joins back to the item exactly', () => {
    for (const c of cardsInOrder(report)) {
      c.items.forEach((item, i) => {
        const segments = splitItemByFigures(item, figuresOfItem(c, i))
        expect(segments.map((s) => s.text).join('')).toBe(item)
        expect(segments.filter((s) => s.figure).map((s) => s.figure?.id)).toEqual(figuresOfItem(c, i).map((f) => f.id))
      })
    }
  })

  it('cuts the economy sentence around its figures', () => {
    const segments = splitItemByFigures(card.items[0] ?? '', figuresOfItem(card, 0))
    expect(segments[0]).toEqual({ text: '1-6月，全镇完成地区生产总值' })
    expect(segments[1]?.text).toBe('45.2亿元')
    expect(segments[1]?.figure?.label).toBe('地区生产总值')
    expect(segments[2]?.text.startsWith('（预计数，下同），同比下降12.43%；')).toBe(true)
  })

  it('places a repeated figure text at each of its own places', () => {
    const bridges = findCard(report, 'plan-2-2') as Card
    const index = bridges.items.findIndex((item) => item.includes('厚恕桥'))
    const figures = figuresOfItem(bridges, index)
    const segments = splitItemByFigures(bridges.items[index] ?? '', figures)
    expect(segments.filter((s) => s.figure).map((s) => s.figure?.label)).toEqual(['桥梁助航设施安装', '桥梁维修'])
  })

  it('finds a figure by its text when its offset does not fit the item', () => {
    const figure = { ...(card.figures[0] as Figure), offset: 999 }
    expect(splitItemByFigures('共计45.2亿元。', [figure])).toEqual([{ text: '共计' }, { text: '45.2亿元', figure }, { text: '。' }])
  })

  it('returns the item whole when it has no figures', () => {
    expect(splitItemByFigures('没有数字。', [])).toEqual([{ text: '没有数字。' }])
  })
})

describe('summaryOf', () => {
  const card = (first: string): Card => ({ id: 'x-1-1', title: 't', items: [first, '第二句。'], figures: [] })

  it('keeps a short first item whole', () => {
    expect(summaryOf(card('短句。'), 40)).toBe('短句。')
  })

  it('cuts at the last clause boundary that fits, with an ellipsis', () => {
    const text = '面对来势凶猛的新冠肺炎疫情，全镇迅速落实应急响应机制，第一时间完成了战时指挥体系构建，有序做好全面统筹调度。'
    expect(summaryOf(card(text), 30)).toBe('面对来势凶猛的新冠肺炎疫情，全镇迅速落实应急响应机制…')
  })

  it('never exceeds the limit, for every card and several limits', () => {
    for (const c of cardsInOrder(report)) {
      for (const max of [12, 24, 40, 80]) {
        const summary = summaryOf(c, max)
        expect(summary.length, `${c.id} ${max}`).toBeLessThanOrEqual(max)
        const first = c.items[0] ?? ''
        expect(first.startsWith(summary.replace(/…$/, '')), `${c.id} ${max}`).toBe(true)
        if (summary !== first) expect(summary.endsWith('…')).toBe(true)
      }
    }
  })

  it('cuts inside a clause only when no boundary leaves enough text', () => {
    expect(summaryOf(card('一二三四五六七八九十一二三四五六七八九十。'), 10)).toBe('一二三四五六七八九…')
  })
})
