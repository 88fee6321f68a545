import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { CardActions } from '../../src/components/card-actions'
import { ProgressPairView } from '../../src/components/progress-pair'
import { progressPairs } from '../../src/report/links'

describe('CardActions', () => {
  it('offers 收藏, 分享 and 提建议, each calling its own handler', () => {
    const handlers = { onBookmark: vi.fn(), onShare: vi.fn(), onSuggest: vi.fn() }
    render(<CardActions bookmarked={false} {...handlers} />)
    fireEvent.click(screen.getByRole('button', { name: /收藏/ }))
    fireEvent.click(screen.getByRole('button', { name: /分享/ }))
    fireEvent.click(screen.getByRole('button', { name: /提建议/ }))
    expect(handlers.onBookmark).toHaveBeenCalledTimes(1)
    expect(handlers.onShare).toHaveBeenCalledTimes(1)
    expect(handlers.onSuggest).toHaveBeenCalledTimes(1)
  })

  it('shows whether the card is bookmarked', () => {
    const handlers = { onBookmark: () => {}, onShare: () => {}, onSuggest: () => {} }
    const { rerender } = render(<CardActions bookmarked={false} {...handlers} />)
    expect(screen.getByRole('button', { name: /收藏/ }).getAttribute('aria-pressed')).toBe('false')
    rerender(<CardActions bookmarked {...handlers} />)
    const pressed = screen.getByRole('button', { name: /已收藏/ })
    expect(pressed.getAttribute('aria-pressed')).toBe('true')
  })

})

describe('ProgressPairView', () => {
  it('sets the first half beside the goal and links only the other card', () => {
    const [pair] = progressPairs('review-4-2')
    const onOpen = vi.fn()
    const { container } = render(<ProgressPairView pair={pair!} currentCardId='review-4-2' onOpen={onOpen} />)
    const text = container.textContent ?? ''
    expect(text.indexOf('上半年完成')).toBeLessThan(text.indexOf('下半年目标'))
    expect(text).toContain(String(pair!.done.figure.value))
    expect(text).toContain(String(pair!.goal.figure.value))
    const links = screen.getAllByRole('link')
    expect(links).toHaveLength(1)
    fireEvent.click(links[0]!)
    expect(onOpen).toHaveBeenCalledWith('plan-3-2')
  })
})
