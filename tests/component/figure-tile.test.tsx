import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { FigureTile } from '../../src/components/figure-tile'
import { figureParts } from '../../src/report/wording'
import type { Figure } from '../../src/report/types'

const figure = (overrides: Partial<Figure>): Figure => ({
  id: 'review-2-1-f1',
  text: '45.2亿元',
  value: 45.2,
  unit: '亿元',
  label: '地区生产总值',
  approx: false,
  item: 0,
  offset: 12,
  ...overrides,
})

describe('FigureTile', () => {
  it('shows the number, its unit and what it counts', () => {
    render(<FigureTile figure={figure({})} />)
    expect(screen.getByText('45.2')).toBeTruthy()
    expect(screen.getByText('亿元')).toBeTruthy()
    expect(screen.getByText('地区生产总值')).toBeTruthy()
  })

  it('shows a fall as ↓ with its percent, coloured as a fall and spoken in words', () => {
    const { container } = render(<FigureTile figure={figure({ change: { direction: 'down', percent: 12.43 } })} />)
    const change = screen.getByText(/12\.43%/)
    expect(change.textContent).toBe('↓12.43%')
    expect(change.className).toContain('figure-change--down')
    expect(change.getAttribute('aria-label')).toBe('同比下降12.43%')
    expect(container.textContent).not.toContain('↑')
  })

  it('shows a rise as ↑ with its percent', () => {
    render(<FigureTile figure={figure({ text: '315家', value: 315, unit: '家', change: { direction: 'up', percent: 19.32 } })} />)
    const change = screen.getByText(/19\.32%/)
    expect(change.textContent).toBe('↑19.32%')
    expect(change.className).toContain('figure-change--up')
    expect(change.getAttribute('aria-label')).toBe('同比增长19.32%')
  })

  it('shows no change when the report gives none', () => {
    const { container } = render(<FigureTile figure={figure({})} />)
    expect(container.textContent).not.toMatch(/[↑↓]/)
  })

  it('is a link that calls its tap handler when given one, and plain otherwise', () => {
    const onTap = vi.fn()
    const { rerender } = render(<FigureTile figure={figure({})} onTap={onTap} />)
    const link = screen.getByRole('link')
    fireEvent.click(link)
    expect(onTap).toHaveBeenCalledTimes(1)
    rerender(<FigureTile figure={figure({})} />)
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('keeps 约, 余 and 以上 so an approximate figure never reads as exact', () => {
    expect(figureParts(figure({ text: '11.5万人', value: 11.5, unit: '万人', approx: true }))).toEqual({ prefix: '约', number: '11.5', unit: '万人' })
    expect(figureParts(figure({ text: '300余万元', value: 300, unit: '万元', approx: true }))).toEqual({ prefix: '', number: '300', unit: '余万元' })
    expect(figureParts(figure({ text: '96%以上', value: 96, unit: '%', approx: true }))).toEqual({ prefix: '', number: '96', unit: '%以上' })
  })
})
