// The general reader's pieces: header, numerals, canonical text, heading and paragraph overrides, doubts.
import { describe, expect, it } from 'vitest'
import { readHeader, readSpeaker } from '../../../src/report/header'
import { chineseYear, dateNumber } from '../../../src/report/numerals'
import { readOverrides } from '../../../src/report/overrides'
import { parseReport } from '../../../src/report/parse'
import { readReport } from '../../../src/report/read'
import { rebuildSentences, sourceSentences } from '../../../src/report/rebuild'
import { canonicalLine, textLines, UnreadableText } from '../../../src/report/text-lines'
import { corpusText } from './corpus-files'
import { source } from './source'

const header = (...lines: string[]) => readHeader(lines.map((text, i) => ({ number: i + 1, text: canonicalLine(text) })))

describe('the header', () => {
  it('reads a dateline in Chinese numerals, with the title line before it', () => {
    const { meta, problem } = header('2026年甘肃省政府工作报告', '——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上', '甘肃省省长 任振鹤')
    expect(problem).toBeUndefined()
    expect(meta).toMatchObject({ title: '2026年甘肃省政府工作报告', date: '2026-01-27', meeting: '甘肃省十四届人民代表大会第四次会议', speaker: '任振鹤', speakerTitle: '甘肃省省长' })
    expect(meta.dateline).toBe('——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上')
  })

  it('reads full-width digits, a wire line and a dateline over two lines', () => {
    const { meta } = header('新华社北京３月１５日电', '政府工作报告', '——２０１０年３月５日在第十一届', '全国人民代表大会第三次会议上', '国务院总理 温家宝')
    expect(meta).toMatchObject({ title: '政府工作报告', date: '2010-03-05', meeting: '第十一届全国人民代表大会第三次会议', wire: '新华社北京3月15日电' })
  })

  it('says when there is no dateline', () => {
    expect(header('政府工作报告', '汤枫').problem).toMatchObject({ what: 'dateline' })
  })

  it.each([
    ['汤 枫', '汤枫', undefined],
    ['国务院总理 温家宝', '温家宝', '国务院总理'],
    ['海拉尔区人民政府区长　　杜联合', '杜联合', '海拉尔区人民政府区长'],
    ['呼伦贝尔市海拉尔区人民政府代区长  萨国文', '萨国文', '呼伦贝尔市海拉尔区人民政府代区长'],
    ['福建省人民政府省长赵龙', '赵龙', '福建省人民政府省长'],
  ])('tells the speaker %s from the office', (line, speaker, speakerTitle) => {
    expect(readSpeaker(line)).toEqual({ speaker, ...(speakerTitle ? { speakerTitle } : {}) })
  })

  it('reads the numbers of a written date', () => {
    expect(chineseYear('二〇二六')).toBe(2026)
    expect(chineseYear('二零二二')).toBe(2022)
    expect([dateNumber('一'), dateNumber('十二'), dateNumber('二十七'), dateNumber('31')]).toEqual([1, 12, 27, 31])
    expect(dateNumber('廿七')).toBeNaN()
  })
})

describe('the canonical text', () => {
  it('carries ASCII digits and full-width punctuation, and reads a lost space as a space', () => {
    expect(canonicalLine('　　增长１２．５％,达到２００９年的(两)倍')).toBe('增长12.5%，达到2009年的（两）倍')
    expect(canonicalLine('国务院总理?李克强')).toBe('国务院总理 李克强')
    expect(canonicalLine('各位代表：?')).toBe('各位代表：')
    expect(canonicalLine('是吗?')).toBe('是吗？')
  })

  it('refuses what is no text', () => {
    expect(() => textLines('')).toThrow(UnreadableText)
    expect(() => textLines('abc\u0000def')).toThrow(/二进制/)
    expect(() => textLines('\uFFFD\uFFFD\uFFFD\uFFFD report')).toThrow(/乱码/)
    expect(() => textLines('just some english text, no report here')).toThrow(/汉字/)
    expect(() => readReport('关于召开会议的通知\n请各单位报送材料。')).toThrow(/各位代表/)
  })
})

describe('overrides', () => {
  const gansu = corpusText('2026-gansu-province.txt')

  it('make an unheaded run of paragraphs a section, and name a paragraph\'s kind', () => {
    const { report, doubts } = readReport(gansu, {
      headings: [{ line: 78, starts: '各位代表！躬逢', as: 'section', title: '政府自身建设' }],
      paragraphs: [{ line: 37, starts: '各位代表！宏伟', kind: 'summary' }],
    })
    const plan = report.parts[2]
    expect(plan?.sections.map((s) => s.headline).at(-1)).toBe('政府自身建设')
    expect(plan?.sections.at(-1)?.cards.map((c) => c.title)).toEqual(['要永葆忠诚、笃信笃行', '要厉行法治、依法行政', '要树牢导向、实干担当', '要怀德自重、恪守清廉'])
    expect(plan?.sections.at(-1)?.lead?.startsWith('各位代表！躬逢强国建设的伟大时代')).toBe(true)
    expect(plan?.after.map((p) => p.kind)).toEqual(['closing'])
    expect(report.parts[1]?.after.map((p) => p.kind)).toEqual(['summary'])
    expect(doubts.filter((d) => d.code === 'remarks')).toEqual([])
    // A title the secretary gives is no text of the report: nothing is added to or lost from the text.
    expect(rebuildSentences(report)).toEqual(sourceSentences(textLines(gansu)))
  })

  it('turn a false heading into text, and say which entries no longer match', () => {
    const { doubts } = readReport(gansu, { headings: [{ line: 6, starts: '“十四五”时期工作回顾', as: 'text' }, { line: 7, starts: '这一行不是这样开头', as: 'part' }] })
    expect(doubts.filter((d) => d.code === 'stale-override').map((d) => d.line)).toEqual([7])
  })

  it('fix a figure label in a report that has no table in code, and report one that matches nothing', () => {
    const { report, doubts } = readReport(gansu, {
      figureLabels: [
        { card: 'review-1-2', text: '54个', label: '重点产业链项目', reason: '标签被“月保持两位数增长”截走' },
        { card: 'review-1-2', text: '99999个', label: '没有这个数', reason: '过时的修正' },
      ],
    })
    const card = report.parts[0]?.sections[0]?.cards[1]
    expect(card?.figures.find((f) => f.text === '54个')?.label).toBe('重点产业链项目')
    expect(doubts.some((d) => d.code === 'stale-override' && d.what.includes('99999个'))).toBe(true)
  })

  it('open cards at the sentences a secretary names, the sentences before them a card of their own, nothing lost', () => {
    const { report, doubts } = readReport(gansu, { cards: [{ line: 45, starts: '精准扩大有效投资', at: ['全力推动平庆铁路'] }] })
    const section = report.parts[2]?.sections[0]
    expect(section?.cards.map((c) => c.id)).toEqual(['plan-1-1', 'plan-1-2', 'plan-1-3', 'plan-1-4'])
    expect(section?.cards[2]?.items[0]).toBe('精准扩大有效投资。')
    expect(section?.cards[3]?.items[0]?.startsWith('全力推动平庆铁路')).toBe(true)
    expect(rebuildSentences(report)).toEqual(sourceSentences(textLines(gansu)))
    expect(doubts.filter((d) => d.blocking)).toEqual([])
    expect(readReport(gansu, { cards: [{ line: 45, starts: '精准扩大有效投资', at: ['没有这句话'] }] }).doubts.some((d) => d.code === 'stale-override' && d.line === 45)).toBe(true)
  })

  it('are checked before use, with the wrong entry named in Chinese', () => {
    expect(() => readOverrides('{')).toThrow(/不是有效的 JSON/)
    expect(() => readOverrides('{"cards": [{"line": 3, "starts": "一、", "split": "one", "at": ["一"]}]}')).toThrow(/cards\.0/)
    expect(() => readOverrides('{"headings": [{"line": 3, "starts": "一、", "as": "chapter"}]}')).toThrow(/headings\.0\.as/)
    expect(readOverrides('{"paragraphs": [{"line": 15, "starts": "另外", "kind": "other-work"}]}').paragraphs).toHaveLength(1)
  })
})

describe('never a wrong structure in silence', () => {
  it('reads a missing part title as a restart of the section numbers, a blocking doubt at its line', () => {
    const text = source.replace('2022年下半年主要工作任务\n', '')
    const { report, doubts } = readReport(text)
    expect(report.parts.map((p) => p.sections.length)).toEqual([7, 6])
    const missing = doubts.find((d) => d.code === 'missing-part-title')
    expect(missing).toMatchObject({ blocking: true, line: 18 })
    expect(missing?.todo).toMatch(/补上部分标题/)
    expect(() => parseReport(text)).toThrow(/line 18: .*part titles/)
  })

  it('keeps the 2022 report free of doubts', () => {
    expect(readReport(source).doubts).toEqual([])
  })
})
