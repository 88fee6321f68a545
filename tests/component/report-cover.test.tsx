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
    // Title and meeting are set as whole words (one element each, broken only between words).
    const wholeText = (text: string) => (_content: string, element: Element | null) =>
      element?.textContent === text && [...element.children].every((child) => child.textContent !== text)
    expect(screen.getByText(wholeText('政府工作报告'))).toBeTruthy()
    const meeting = screen.getByText(wholeText('牛塘镇第五届人民代表大会第二次会议'))
    expect([...meeting.children].map((unit) => unit.textContent)).toEqual(expect.arrayContaining(['人民代表大会', '第二次会议']))
    expect(screen.getByText(/2022年7月14日 · 汤枫/)).toBeTruthy()
  })

  it('formats only well-formed ISO dates', () => {
    expect(formatChineseDate('2022-07-04')).toBe('2022年7月4日')
    expect(formatChineseDate('July 14')).toBe('July 14')
  })
})
