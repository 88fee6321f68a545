import { describe, expect, it } from 'vitest'
import { report } from '../../../src/report/report'
import { cardsInOrder } from '../../../src/report/reading-order'
import { buildSearchIndex, normaliseForSearch, queryWords, searchReport, type SearchSegment } from '../../../src/report/search'
import type { Report } from '../../../src/report/types'

/** A small report whose every match is known by reading it. */
const sample: Report = {
  meta: { title: '政府工作报告', meeting: '某镇人代会', date: '2022-07-14', speaker: '某人' },
  opening: ['各位代表：', '现在，我代表镇人民政府向大会作工作报告。'],
  parts: [
    {
      id: 'review',
      title: '2022年上半年工作回顾',
      intro: '今年以来，全镇上下统筹疫情防控和经济发展。',
      sections: [
        {
          id: 'review-1',
          number: 1,
          headline: '负压前行，疫情防控筑牢内外屏障',
          slogan: '负压前行',
          topic: '疫情防控筑牢内外屏障',
          cards: [
            {
              id: 'review-1-1',
              title: '指挥动员迅速有力',
              items: ['组织全员核酸检测9轮次（累计检测11.5万人次）。', '核酸采样点布设到村，核酸结果当日反馈。'],
              figures: [],
            },
            {
              id: 'review-1-2',
              title: '核酸检测精准有效',
              items: ['完成重点人群排查。'],
              figures: [],
            },
          ],
        },
        {
          id: 'review-2',
          number: 2,
          headline: '克难求进，经济发展保持稳健态势',
          slogan: '克难求进',
          topic: '经济发展保持稳健态势',
          cards: [
            {
              id: 'review-2-1',
              title: '经济运行承压回升',
              items: ['实现减税降费1.9亿元,惠及企业(含个体户)300余家。', '新增GDP统计口径下的企业。'],
              figures: [],
            },
          ],
        },
      ],
      after: [{ id: 'review-thanks', kind: 'thanks', title: '致谢', text: '各位代表，成绩来之不易，核酸检测人员辛苦了。' }],
    },
    {
      id: 'plan',
      title: '2022年下半年主要工作任务',
      intro: '下半年，我们将紧扣跃升突破。',
      sections: [
        {
          id: 'plan-5',
          number: 5,
          headline: '协同并进，加速实现社会高效能治理',
          slogan: '协同并进',
          topic: '加速实现社会高效能治理',
          cards: [{ id: 'plan-5-3', title: '安全生产常抓不懈', items: ['开展安全生产大检查。'], figures: [] }],
        },
      ],
      after: [],
    },
  ],
}

const sampleIndex = buildSearchIndex(sample)

const marked = (segments: SearchSegment[]) => segments.filter((s) => s.match).map((s) => s.text)
const joined = (segments: SearchSegment[]) => segments.map((s) => s.text).join('')

describe('normalising for search', () => {
  it('folds full-width punctuation, letters and digits and lower-cases Latin, keeping the length', () => {
    const text = '（含个体户），ＧＤＰ１２：Ab'
    expect(normaliseForSearch(text)).toBe('(含个体户),gdp12:ab')
    expect(normaliseForSearch(text)).toHaveLength(text.length)
  })

  it('splits a query into distinct words and drops a word inside another', () => {
    expect(queryWords('  核酸　检测 核酸 ')).toEqual(['核酸', '检测'])
    expect(queryWords('核酸 核酸检测')).toEqual(['核酸检测'])
    expect(queryWords('   ')).toEqual([])
  })
})

describe('searching the report', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchReport(sampleIndex, '')).toEqual([])
    expect(searchReport(sampleIndex, ' 　 ')).toEqual([])
  })

  it('matches across punctuation widths in both directions', () => {
    // The item is written with half-width marks; the reader types full-width ones, and the reverse.
    const typedFull = searchReport(sampleIndex, '1.9亿元，惠及企业（含')
    expect(typedFull.map((r) => r.id)).toEqual(['review-2-1'])
    const typedHalf = searchReport(sampleIndex, '9轮次(累计')
    expect(typedHalf.map((r) => r.id)).toEqual(['review-1-1'])
    expect(marked(typedHalf[0]!.snippet)).toEqual(['9轮次（累计'])
  })

  it('ignores Latin case', () => {
    expect(searchReport(sampleIndex, 'gdp').map((r) => r.id)).toEqual(['review-2-1'])
  })

  it('requires every word of the query (AND)', () => {
    expect(searchReport(sampleIndex, '核酸').map((r) => r.id).sort()).toEqual(['review-1-1', 'review-1-2', 'review-thanks'])
    expect(searchReport(sampleIndex, '核酸 采样').map((r) => r.id)).toEqual(['review-1-1'])
    expect(searchReport(sampleIndex, '核酸 安全生产')).toEqual([])
  })

  it('ranks a title match first, then by the number of matches in the body', () => {
    const ids = searchReport(sampleIndex, '核酸').map((r) => r.id)
    // review-1-2 has 核酸 in its title; review-1-1 has it three times in its items; the thanks once.
    expect(ids).toEqual(['review-1-2', 'review-1-1', 'review-thanks'])
  })

  it('marks the matched words in the title and the snippet', () => {
    const [first, second] = searchReport(sampleIndex, '核酸 检测')
    expect(first?.id).toBe('review-1-2')
    expect(marked(first!.titleSegments)).toEqual(['核酸检测'])
    expect(joined(first!.titleSegments)).toBe('核酸检测精准有效')
    expect(second?.id).toBe('review-1-1')
    expect(joined(second!.snippet)).toBe('组织全员核酸检测9轮次（累计检测11.5万人次）。')
    expect(marked(second!.snippet)).toEqual(['核酸检测', '检测'])
  })

  it('finds the other paragraphs and labels where every result stands', () => {
    const [thanks] = searchReport(sampleIndex, '来之不易')
    expect(thanks).toMatchObject({ kind: 'paragraph', id: 'review-thanks', title: '致谢', sectionLabel: '上半年' })
    expect(thanks?.cardId).toBeUndefined()
    expect(searchReport(sampleIndex, '跃升突破')[0]).toMatchObject({ kind: 'paragraph', id: 'plan-intro' })
    expect(searchReport(sampleIndex, '列席代表')).toEqual([])
    expect(searchReport(sampleIndex, '大会作工作报告')[0]).toMatchObject({ kind: 'paragraph', id: 'opening' })
    const [card] = searchReport(sampleIndex, '安全生产')
    expect(card).toMatchObject({ kind: 'card', id: 'plan-5-3', cardId: 'plan-5-3', sectionLabel: '下半年 · 五、加速实现社会高效能治理' })
  })

  it('keeps at most the limit, best first', () => {
    expect(searchReport(sampleIndex, '核酸', { limit: 1 }).map((r) => r.id)).toEqual(['review-1-2'])
  })
})

describe('searching the delivered report', () => {
  const index = buildSearchIndex(report)

  it('indexes every card and the other paragraphs', () => {
    const cards = cardsInOrder(report)
    expect(index.entries.filter((e) => e.kind === 'card')).toHaveLength(cards.length)
    const paragraphs = index.entries.filter((e) => e.kind === 'paragraph').map((e) => e.id)
    expect(paragraphs).toEqual(expect.arrayContaining(['opening', 'review-intro', 'plan-intro', 'review-thanks', 'plan-closing']))
  })

  it('lists the epidemic cards for 核酸 with the section label', () => {
    const results = searchReport(index, '核酸')
    const cardIds = results.map((r) => r.cardId)
    expect(cardIds).toEqual(expect.arrayContaining(['review-1-2', 'review-1-3']))
    const epidemic = results.find((r) => r.cardId === 'review-1-2')
    expect(epidemic?.sectionLabel).toBe('上半年 · 一、疫情防控筑牢内外屏障')
    for (const result of results) {
      expect(marked(result.snippet).every((word) => word === '核酸')).toBe(true)
      expect(marked(result.snippet).length).toBeGreaterThan(0)
    }
  })

  it('cuts long snippets cleanly, with an ellipsis where text was left out, and the match inside', () => {
    for (const query of ['小微水体', '减税降费', '安全生产']) {
      const results = searchReport(index, query)
      expect(results.length).toBeGreaterThan(0)
      for (const result of results) {
        const text = joined(result.snippet)
        expect(text).toContain(query)
        expect(text.replaceAll('…', '').length).toBeLessThanOrEqual(56)
        // Every snippet is a piece of the card's own text, apart from the ellipses.
        const body = result.kind === 'card' ? cardsInOrder(report).find((c) => c.id === result.id)!.items.join('') : ''
        if (body) expect(body).toContain(text.replace(/^…/, '').replace(/…$/, ''))
      }
    }
  })
})
