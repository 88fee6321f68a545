import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SearchResults } from '../../src/components/search-results'
import { SearchSuggestions } from '../../src/components/search-suggestions'
import { buildSearchIndex, searchReport } from '../../src/report/search'
import { report } from '../../src/report/report'

const index = buildSearchIndex(report)

describe('SearchResults', () => {
  it('shows each result with its title, its section and the matched words marked', () => {
    const results = searchReport(index, '核酸')
    const { container } = render(<SearchResults results={results} onOpen={() => {}} />)
    const items = container.querySelectorAll('.search-result')
    expect(items).toHaveLength(results.length)
    expect(screen.getByText('管控阻击精准有效')).toBeTruthy()
    expect(screen.getAllByText('上半年 · 一、疫情防控筑牢内外屏障').length).toBeGreaterThan(0)
    const marks = [...container.querySelectorAll('.search-mark')].map((mark) => mark.textContent)
    expect(marks.length).toBeGreaterThanOrEqual(results.length)
    expect(new Set(marks)).toEqual(new Set(['核酸']))
  })

  it('marks every word of a two-word query, in the title too', () => {
    const results = searchReport(index, '安全生产 常抓')
    const { container } = render(<SearchResults results={results} onOpen={() => {}} />)
    const title = container.querySelector('.search-result__title')
    expect(title?.textContent).toBe('安全生产常抓不懈')
    const titleMarks = [...(title?.querySelectorAll('.search-mark') ?? [])].map((mark) => mark.textContent)
    expect(titleMarks).toEqual(['安全生产常抓'])
  })

  it('opens the result that is tapped', () => {
    const results = searchReport(index, '核酸')
    const onOpen = vi.fn()
    render(<SearchResults results={results} onOpen={onOpen} />)
    fireEvent.click(screen.getByText('秩序恢复平稳有序'))
    expect(onOpen).toHaveBeenCalledTimes(1)
    expect(onOpen.mock.calls[0]?.[0]).toMatchObject({ kind: 'card', id: 'review-1-3' })
  })
})

describe('SearchSuggestions', () => {
  it('offers the suggested queries as buttons that search for them', () => {
    const onChoose = vi.fn()
    render(<SearchSuggestions onChoose={onChoose} />)
    for (const query of ['核酸', '小微水体', '减税降费', '安全生产']) {
      expect(screen.getByText(query).getAttribute('role')).toBe('button')
    }
    fireEvent.click(screen.getByText('小微水体'))
    expect(onChoose).toHaveBeenCalledWith('小微水体')
  })
})
