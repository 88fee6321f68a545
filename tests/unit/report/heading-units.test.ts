import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headingTextsOf, headingUnitsOf } from '../../../src/report/heading-units-build'
import { headingUnits } from '../../../src/report/heading-units'
import { report } from '../../../src/report/report'
import { reportWording } from '../../../src/report/wording-data'

const UNITS_PATH = fileURLToPath(new URL('../../../src/report/data/heading-units.json', import.meta.url))

describe("the report's headings, cut into words at build time", () => {
  it('are cut for the report in content/ (run `npm run report:data` when this fails)', () => {
    const committed: unknown = JSON.parse(readFileSync(UNITS_PATH, 'utf8'))
    if (JSON.stringify(committed) !== JSON.stringify(headingUnitsOf(report, reportWording))) {
      expect.fail('src/report/data/heading-units.json is stale: run `npm run report:data` and commit it')
    }
  })

  it("are the cover's title and meeting, the part headings, every section headline and every card title", () => {
    const texts = headingTextsOf(report, reportWording)
    expect(texts).toEqual(expect.arrayContaining([report.meta.title, report.meta.meeting, reportWording.highlightsTitle]))
    for (const part of report.parts) {
      for (const section of part.sections) expect(texts).toEqual(expect.arrayContaining([section.headline, ...section.cards.map((card) => card.title)]))
    }
  })

})

describe('where a heading may break', () => {
  it('keeps the reviewed terms whole and punctuation with its word', () => {
    const units = headingUnits('克难求进，经济发展保持稳健态势')
    expect(units.join('')).toBe('克难求进，经济发展保持稳健态势')
    expect(units.some((unit) => unit.endsWith('，'))).toBe(true)
    expect(units.every((unit) => [...unit].length >= 2)).toBe(true)
    for (const term of ['政府工作报告', '存在的不足', '经济运行一览']) expect(headingUnits(`上半年${term}`)).toContain(term)
    expect(headingUnits('牛塘镇第五届人民代表大会第二次会议')).toEqual(expect.arrayContaining(['人民代表大会', '第二次会议']))
  })

  it('never leaves a unit of a single character, with or without a segmenter', () => {
    for (const segment of [undefined, (text: string) => [...text]]) {
      for (const text of ['污染防治精准发力', '上半年经济运行一览', '2022年上半年工作回顾', '底线民生进一步兜牢兜稳']) {
        const units = headingUnits(text, segment)
        expect(units.join('')).toBe(text)
        expect(units.filter((unit) => [...unit].length < 2)).toEqual([])
      }
    }
  })
})
