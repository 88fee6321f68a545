import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CardListItem } from '../../src/components/card-list-item'
import { findCard } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { summaryOf } from '../../src/report/summary'
import type { Card } from '../../src/report/types'

const card = (id: string): Card => {
  const found = findCard(report, id)
  if (!found) throw new Error(`no card ${id}`)
  return found
}

describe('CardListItem', () => {
  it('shows the title and a one-line summary cut from the first item', () => {
    const economy = card('review-2-1')
    render(<CardListItem card={economy} onTap={() => {}} />)
    expect(screen.getByText(economy.title)).toBeTruthy()
    const summary = screen.getByText(summaryOf(economy, 30))
    expect(economy.items[0]!.startsWith(summary.textContent!.replace(/…$/, ''))).toBe(true)
    expect(summary.textContent!.length).toBeLessThanOrEqual(30)
  })

  it('shows at most three figures as chips, the first three of the card, with their changes', () => {
    const economy = card('review-2-1')
    expect(economy.figures.length).toBeGreaterThan(3)
    const { container } = render(<CardListItem card={economy} onTap={() => {}} />)
    const chips = container.querySelectorAll('.figure-chip')
    expect(chips).toHaveLength(3)
    economy.figures.slice(0, 3).forEach((figure, index) => {
      expect(chips[index]!.textContent).toContain(figure.text)
      expect(chips[index]!.textContent).toContain(figure.label)
    })
    expect(chips[0]!.textContent).toContain('↓')
    expect(container.textContent).not.toContain(economy.figures[3]!.label)
  })

  it('shows no chip row for a card without figures', () => {
    const { container } = render(<CardListItem card={card('review-1-1')} onTap={() => {}} />)
    expect(container.querySelector('.figure-chip')).toBeNull()
  })

  it('calls its tap handler with the card', () => {
    const onTap = vi.fn()
    const target = card('review-4-2')
    render(<CardListItem card={target} onTap={onTap} />)
    fireEvent.click(screen.getByRole('link'))
    expect(onTap).toHaveBeenCalledWith(target)
  })

  it('marks a card already read', () => {
    const { rerender } = render(<CardListItem card={card('review-4-2')} onTap={() => {}} />)
    expect(screen.queryByText('已读')).toBeNull()
    rerender(<CardListItem card={card('review-4-2')} onTap={() => {}} read />)
    expect(screen.getByText('已读')).toBeTruthy()
  })
})
