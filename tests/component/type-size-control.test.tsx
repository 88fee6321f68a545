import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { TypeSizeControl } from '../../src/components/type-size-control'

describe('TypeSizeControl', () => {
  it('shows the four steps as buttons, only the chosen one pressed, and the sample sentence', () => {
    render(<TypeSizeControl step={3} onChange={() => {}} sample='有序开展了9轮次全员核酸检测。' />)
    const pressed = ['标准', '大', '特大', '关怀'].map((name) => {
      const button = screen.getByText(name, { exact: true })
      expect(button.getAttribute('role')).toBe('button')
      return button.getAttribute('aria-pressed')
    })
    expect(pressed).toEqual(['false', 'false', 'true', 'false'])
    expect(screen.getByText('有序开展了9轮次全员核酸检测。')).toBeTruthy()
  })

  it('reports the step tapped', () => {
    const onChange = vi.fn()
    render(<TypeSizeControl step={1} onChange={onChange} sample='样例' />)
    fireEvent.click(screen.getByText('关怀'))
    fireEvent.click(screen.getByText('大', { exact: true }))
    expect(onChange.mock.calls).toEqual([[4], [2]])
  })
})
