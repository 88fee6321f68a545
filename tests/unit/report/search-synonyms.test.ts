import { describe, expect, it } from 'vitest'
import { buildSearchIndex, closestTerms, matchInTexts, normaliseForSearch, searchReport } from '../../../src/report/search'
import { SYNONYM_GROUPS, synonymsOf } from '../../../src/report/search-synonyms'
import { report } from '../../../src/report/report'

const index = buildSearchIndex(report)
const reportText = normaliseForSearch(index.entries.map((entry) => [entry.title, ...entry.texts].join('\n')).join('\n'))
const titles = (query: string) => searchReport(index, query).map((result) => result.title)

describe('search forgives: the reviewed synonyms', () => {
  it('finds the report’s terms for the abbreviations a delegate types', () => {
    for (const [typed, term] of [
      ['GDP', '地区生产总值'],
      ['gdp', '地区生产总值'],
      ['规上', '规模以上'],
      ['固投', '固定资产投资'],
      ['限上', '限额以上'],
    ] as const) {
      const results = searchReport(index, typed)
      expect(results.length, typed).toBeGreaterThan(0)
      // The term itself is marked in what is shown.
      const marked = results.flatMap((result) => [...result.titleSegments, ...result.snippet]).filter((segment) => segment.match).map((segment) => segment.text)
      expect(marked.some((text) => text.includes(term) || term.includes(text)), typed).toBe(true)
      expect(titles(typed)).toEqual(expect.arrayContaining(titles(term).slice(0, 1)))
    }
  })

  it('the abbreviations themselves are not in the report: the list is what finds them', () => {
    for (const typed of ['gdp', '固投', '限上']) expect(reportText).not.toContain(typed)
  })

  it('works both ways for 疫苗 ↔ 接种 and 规上 ↔ 规模以上', () => {
    expect(synonymsOf('疫苗')).toContain('接种')
    expect(synonymsOf('接种')).toContain('疫苗')
    expect(synonymsOf('规模以上')).toContain('规上')
    expect(new Set(titles('疫苗'))).toEqual(new Set(titles('接种')))
    // One-way entries stay one way: the report's term does not find the abbreviation's other meanings.
    expect(synonymsOf('地区生产总值')).toEqual([])
  })

  it('every term a synonym leads to is in the report, and no entry leads to itself', () => {
    for (const group of SYNONYM_GROUPS) {
      for (const term of group.finds) expect(reportText, term).toContain(normaliseForSearch(term))
      for (const word of group.words) expect(synonymsOf(word)).not.toContain(word.toLowerCase())
    }
  })

  it('offers the closest terms of the report when nothing is found: 核算 → 核酸', () => {
    expect(titles('核算')).toEqual([])
    expect(closestTerms(index, '核算')[0]).toBe('核酸')
    expect(closestTerms(index, '安全生厂')).toEqual(['安全生产'])
    expect(closestTerms(index, '小微水休')).toEqual(['小微水体'])
    // Every offered term finds something; a query that finds something offers nothing.
    for (const term of closestTerms(index, '核算')) expect(titles(term).length).toBeGreaterThan(0)
    expect(closestTerms(index, '核酸')).toEqual([])
    expect(closestTerms(index, 'xyz')).toEqual([])
  })

  it('knows which sentence of a card holds the match, synonyms included', () => {
    const card = report.parts[0]!.sections[0]!.cards.find((candidate) => candidate.items.some((item) => item.includes('接种')))!
    const at = card.items.findIndex((item) => item.includes('接种'))
    expect(matchInTexts(card.items, '疫苗')?.textIndex).toBe(at)
    expect(matchInTexts(card.items, '不存在的词')).toBeUndefined()
  })
})
