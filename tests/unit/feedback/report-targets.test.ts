import { describe, expect, it } from 'vitest'
import { REPORT_TARGETS, compareCardIds, isCardIdShape } from '../../../src/feedback/card-id'
import { cardIndexOf } from '../../../src/feedback/card-index'
import { validateSuggestion } from '../../../src/feedback/schema'
import { report } from '../../../src/report/report'

const cards = cardIndexOf(report)
const good = { title: '关于报告的总体建议', content: '建议在报告中增加更多的数据对比，便于代表审议。', phone: '', cosigners: [] }

describe('suggestions about the report as a whole and the parts that are not cards', () => {
  it('accepts 报告总体, 开篇, 经济运行一览, 存在的不足 and 结束语 as targets, with their titles', () => {
    expect(REPORT_TARGETS.map((target) => target.title)).toEqual(['报告总体', '开篇', '经济运行一览', '存在的不足', '结束语'])
    for (const target of REPORT_TARGETS) {
      expect(isCardIdShape(target.id)).toBe(true)
      expect(cards.has(target.id)).toBe(true)
      expect(cards.title(target.id)).toBe(target.title)
      const result = validateSuggestion({ ...good, cardId: target.id }, { isKnownCardId: cards.has })
      expect(result.ok, target.id).toBe(true)
    }
    expect(validateSuggestion({ ...good, cardId: 'preface' }, { isKnownCardId: cards.has })).toMatchObject({ ok: false, fields: { cardId: '所选卡片不在报告中' } })
  })

  it('orders them among the cards as the report does, for the secretariat’s list and CSV', () => {
    const ids = ['plan-1-1', 'closing', 'review-2-1', 'shortcomings', 'report', 'review-1-1', 'economy', 'opening']
    expect([...ids].sort(compareCardIds)).toEqual(['report', 'opening', 'economy', 'review-1-1', 'review-2-1', 'shortcomings', 'plan-1-1', 'closing'])
  })
})
