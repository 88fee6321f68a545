import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { MySuggestions } from '../../src/components/my-suggestions'
import type { MineItem } from '../../src/feedback/types'

function item(overrides: Partial<MineItem> = {}): MineItem {
  return {
    id: '7',
    receipt: 'NT-2022-0007',
    title: '建议增设公交站点',
    cardId: 'review-2-3',
    status: '已答复',
    answer: '已协调公交公司增设站点。',
    createdAt: '2022-07-14T09:00:00.000Z',
    cosigners: [],
    office: '城市建设管理办公室',
    deadline: '2022-08-31',
    answeredAt: '2022-07-20T09:00:00.000Z',
    rating: null,
    ratingComment: null,
    timeline: [
      { at: '2022-07-14T09:00:00.000Z', by: 'NT0001', action: 'submit', from: null, to: '已收到' },
      { at: '2022-07-15T09:00:00.000Z', by: '人大办', action: 'assign', from: '已收到', to: '已交办', office: '城市建设管理办公室', deadline: '2022-08-31' },
      { at: '2022-07-20T09:00:00.000Z', by: '人大办', action: 'answer', from: '已交办', to: '已答复', answer: '已协调公交公司增设站点。' },
    ],
    changedAt: '2022-07-20T09:00:00.000Z',
    canRate: true,
    ...overrides,
  }
}

describe('MySuggestions', () => {
  it('shows the timeline, a red dot on what moved, and lets the sender rate the answer', async () => {
    const onRate = vi.fn(async () => null)
    render(<MySuggestions serverItems={[item()]} notice={null} unseen={new Set(['7'])} onRate={onRate} />)
    expect(screen.getByText('新进展')).toBeTruthy()
    const steps = screen.getByRole('list', { name: '办理进度' })
    expect(steps.textContent).toContain('交办城市建设管理办公室，期限2022-08-31')
    expect(steps.textContent).toContain('答复')
    fireEvent.click(screen.getByRole('button', { name: '不满意' }))
    await waitFor(() => expect(onRate).toHaveBeenCalledWith('7', '不满意', ''))
  })

  it('shows the rating once given, without the dot and without asking again', () => {
    render(<MySuggestions serverItems={[item({ status: '重办', rating: '不满意', ratingComment: '站点太远', canRate: false })]} notice={null} unseen={new Set()} />)
    expect(screen.queryByText('新进展')).toBeNull()
    expect(screen.queryByRole('button', { name: '满意' })).toBeNull()
    expect(screen.getByText(/您的评价：不满意（站点太远），已退回重新办理/)).toBeTruthy()
  })
})
