import { describe, expect, it } from 'vitest'
import { headingUnits } from '../../../src/components/whole-words/units'

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
