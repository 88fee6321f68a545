import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ChangeBar, changeBarLength } from '../../src/components/change-bar'
import { TopBar } from '../../src/components/top-bar'

describe('ChangeBar', () => {
  it('measures every change on the one scale it is given, falls to the left and rises to the right', () => {
    expect(changeBarLength({ direction: 'up', percent: 13 }, 19.32)).toBeCloseTo(67.3, 1)
    expect(changeBarLength({ direction: 'down', percent: 19.32 }, 19.32)).toBe(100)
    // A tiny change still shows; no scale, no bar.
    expect(changeBarLength({ direction: 'up', percent: 0.1 }, 19.32)).toBe(3)
    expect(changeBarLength({ direction: 'up', percent: 5 }, 0)).toBe(0)

    const { container } = render(<ChangeBar change={{ direction: 'down', percent: 12.43 }} scalePercent={19.32} />)
    const fill = container.querySelector<HTMLElement>('.change-bar__fill')!
    expect(fill.parentElement?.classList.contains('change-bar__half--down')).toBe(true)
    expect(fill.style.width).toBe('64.3%')
  })
})

describe('TopBar', () => {
  it('offers 目录 on a page opened first, and never a 返回 that would leave the app', () => {
    const { getByRole, queryByRole } = render(<TopBar title='经济运行一览' />)
    expect(getByRole('link', { name: '目录' }).textContent).toBe('‹ 目录')
    expect(queryByRole('link', { name: '返回' })).toBeNull()
    expect(getByRole('navigation', { name: '页面导航' }).textContent).toContain('经济运行一览')
  })
})
