import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ReportCover } from '../../src/components/report-cover'
import { formatChineseDate } from '../../src/report/wording'

describe('ReportCover', () => {
  it('shows the title, the meeting, the date in Chinese and the speaker', () => {
    render(
      <ReportCover
        meta={{ title: '政府工作报告', meeting: '牛塘镇第五届人民代表大会第二次会议', date: '2022-07-14', speaker: '汤枫' }}
      />,
    )
    expect(screen.getByText('政府工作报告')).toBeTruthy()
    expect(screen.getByText('牛塘镇第五届人民代表大会第二次会议')).toBeTruthy()
    expect(screen.getByText(/2022年7月14日 · 汤枫/)).toBeTruthy()
  })

  it('formats only well-formed ISO dates', () => {
    expect(formatChineseDate('2022-07-04')).toBe('2022年7月4日')
    expect(formatChineseDate('July 14')).toBe('July 14')
  })
})
