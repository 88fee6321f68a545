import { describe, expect, it } from 'vitest'
import { reportOutline } from '../../../src/report/outline'
import { nextSectionOf, nextStepOf, readingPlaceOf } from '../../../src/report/reading-position'
import { report } from '../../../src/report/report'

describe('where the reader is and where the next step leads', () => {
  it('names the card to continue with and its place: 污染防治精准发力（四 · 2/3）', () => {
    expect(readingPlaceOf(reportOutline, 'review-4-2', '污染防治精准发力')).toEqual({ cardId: 'review-4-2', title: '污染防治精准发力', place: '四 · 2/3' })
    expect(readingPlaceOf(reportOutline, 'review-4-9', '不存在')).toBeUndefined()
    expect(readingPlaceOf(reportOutline, 'review-99-1', '不存在')).toBeUndefined()
    expect(readingPlaceOf(reportOutline, 'nonsense', '不存在')).toBeUndefined()
  })

  it('says when 下一张 crosses into the next section or the other half, and nothing within a section', () => {
    expect(nextStepOf(report, 'review-2-3')?.crossing).toBeUndefined()
    const lastOfTwo = report.parts[0]!.sections[1]!.cards.at(-1)!.id
    expect(nextStepOf(report, lastOfTwo)).toMatchObject({ card: { id: 'review-3-1' }, crossing: '下一节：三、城乡融合迈出崭新步伐' })
    const lastOfReview = report.parts[0]!.sections.at(-1)!.cards.at(-1)!.id
    expect(nextStepOf(report, lastOfReview)).toMatchObject({ card: { id: 'plan-1-1' }, crossing: '进入下半年主要工作任务' })
    const lastCard = report.parts.at(-1)!.sections.at(-1)!.cards.at(-1)!.id
    expect(nextStepOf(report, lastCard)).toBeUndefined()
  })

  it('leads a section on to the next, and the last of 上半年 into 下半年', () => {
    expect(nextSectionOf(report, 'review-2')).toMatchObject({ section: { id: 'review-3' }, label: '下一节：三、城乡融合迈出崭新步伐' })
    const lastReview = report.parts[0]!.sections.at(-1)!.id
    expect(nextSectionOf(report, lastReview)).toMatchObject({ section: { id: 'plan-1' }, label: '进入下半年主要工作任务' })
    expect(nextSectionOf(report, report.parts.at(-1)!.sections.at(-1)!.id)).toBeUndefined()
  })
})
