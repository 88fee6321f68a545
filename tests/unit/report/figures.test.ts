import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findFigures, UNITS } from '../../../src/report/figures'
import { FIGURE_LABEL_OVERRIDES } from '../../../src/report/figure-label-overrides'
import { parseReport } from '../../../src/report/parse'
import { cardsInOrder } from '../../../src/report/reading-order'
import type { Figure } from '../../../src/report/types'
import { source } from './source'

const report = parseReport(source)
const cards = cardsInOrder(report)
const allFigures = cards.flatMap((card) => card.figures)
const only = (sentence: string) => {
  const found = findFigures(sentence)
  expect(found, sentence).toHaveLength(1)
  return found[0] as ReturnType<typeof findFigures>[number]
}
/** The figures of a card with a given text (a card may hold the same text twice). */
const inCard = (cardId: string, text: string): Figure[] =>
  cards.find((c) => c.id === cardId)?.figures.filter((f) => f.text === text) ?? []
const one = (cardId: string, text: string): Figure => {
  const found = inCard(cardId, text)
  expect(found, `${cardId} ${text}`).toHaveLength(1)
  return found[0] as Figure
}

describe('figures: every kind of quantity with a unit', () => {
  it.each([
    ['有序开展了9轮次全员核酸检测。', '9轮次', 9, '轮次'],
    ['设置采样点53个。', '53个', 53, '个'],
    ['完成一般公共预算收入1.46亿元。', '1.46亿元', 1.46, '亿元'],
    ['核减金额520.37万元。', '520.37万元', 520.37, '万元'],
    ['实际到账外资504万美元。', '504万美元', 504, '万美元'],
    ['首针接种率为83.2%。', '83.2%', 83.2, '%'],
    ['巡查发现违法用地15宗，面积17.3亩。', '17.3亩', 17.3, '亩'],
    ['强制拆除存量及新增违章建筑18处，面积3081㎡。', '3081㎡', 3081, '㎡'],
    ['今年以来降尘量均值为1.33吨/月·平方公里。', '1.33吨/月·平方公里', 1.33, '吨/月·平方公里'],
    ['PM2.5浓度均值为39.5微克/立方米。', '39.5微克/立方米', 39.5, '微克/立方米'],
    ['参检人次数达157789人次。', '157789人次', 157789, '人次'],
    ['镇村两级共检查各类主体6019家次。', '6019家次', 6019, '家次'],
  ])('%s → %s', (sentence, text, value, unit) => {
    const figures = findFigures(sentence)
    expect(figures.map((f) => f.text)).toContain(text)
    expect(figures.find((f) => f.text === text)).toMatchObject({ value, unit })
  })

  it('reads any number with any unit after a label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...UNITS), (whole, cents, unit) => {
        const number = cents ? `${whole}.${cents}` : `${whole}`
        const figure = only(`全镇完成地区生产总值${number}${unit}。`)
        expect(figure).toMatchObject({ text: `${number}${unit}`, value: Number(number), unit, label: '地区生产总值', approx: false })
      }),
      { seed: 3, numRuns: 200 },
    )
  })
})

describe('figures: what is not a figure', () => {
  it.each([
    ['a year', '2022年上半年，我们顶住了巨大压力。'],
    ['a month range', '1-6月，全镇经济运行平稳。'],
    ['a date', '自4月6日以来，有序推进复工复产。'],
    ['a date', '自5月27日运营以来，运行平稳。'],
    ['an age', '积极推进60周岁以上老年人疫苗接种。'],
    ['a pollutant code', '及时做好降尘量、PM2.5、优良天数比率等重要指标监控。'],
    ['a hotline', '及时通过“12345”、“政风热线”等平台回应群众诉求。'],
    ['a metro line', '围绕轨道交通5号线点位建设深化周边地块研究设计。'],
    ['a named system', '进一步深化“1+N”网格体系架构。'],
    ['a named standard', '推出政务服务“333工作标准”。'],
    ['a named measure', '严格对照“15条硬措施”，大力推进安全生产大检查。'],
    ['a named campaign', '系统推进“八五”普法。'],
    ['a named service circle', '加快打造“15分钟医保服务圈”。'],
    ['a named fitness circle', '提升“10分钟体育健身圈”内涵。'],
    ['a category of rental', '重点做好1-4人出租房安全隐患排查整改。'],
    ['a deadline', '二期计划9月底前竣工，今年9月1日整体搬入。'],
  ])('%s: %s', (_kind, sentence) => {
    expect(findFigures(sentence)).toEqual([])
  })

  it('accounts for every number in the cards: a figure, a change, or a known non-figure', () => {
    const NON_FIGURES = [
      /1-6月/, /\d+月\d+日/, /60周岁/, /PM2\.5/, /9月底/, /“15条硬措施”/, /1-4人/, /5号线/,
      /“1\d分钟/, /“1\+N”/, /“12345”/, /“333工作标准”/, /同比(增长|下降)\d+(\.\d+)?%/,
    ]
    const unaccounted: string[] = []
    for (const card of cards) {
      card.items.forEach((item, index) => {
        const covered = new Array<boolean>(item.length).fill(false)
        const cover = (from: number, length: number) => covered.fill(true, from, from + length)
        for (const f of card.figures.filter((f) => f.item === index)) cover(f.offset, f.text.length)
        for (const pattern of NON_FIGURES) {
          for (const m of item.matchAll(new RegExp(pattern.source, 'g'))) cover(m.index, m[0].length)
        }
        for (const m of item.matchAll(/\d+(?:\.\d+)?/g)) {
          if (!covered[m.index]) unaccounted.push(`${card.id}: ${item.slice(Math.max(0, m.index - 6), m.index + 8)}`)
        }
      })
    }
    expect(unaccounted).toEqual([])
  })
})

describe('figures: approximate quantities', () => {
  it.each([
    ['最高峰检测对象约11.5万人。', '11.5万人', 11.5, '万人'],
    ['合同金额300余万元。', '300余万元', 300, '万元'],
    ['共洽谈创业项目10余个。', '10余个', 10, '个'],
    ['共发放宣传资料6000余份。', '6000余份', 6000, '份'],
    ['依托线上平台为30多家企业发布招聘岗位。', '30多家', 30, '家'],
    // 以上 is a lower bound: the exact value is not known, so it counts as approximate.
    ['信访结案率达96%以上。', '96%以上', 96, '%'],
  ])('%s', (sentence, text, value, unit) => {
    expect(only(sentence)).toMatchObject({ text, value, unit, approx: true })
  })

  it('leaves exact quantities exact', () => {
    expect(only('新增企业法人315家。').approx).toBe(false)
  })
})

describe('figures: labels', () => {
  it('takes the label after the number when a noun follows the unit', () => {
    expect(only('有序开展了9轮次全员核酸检测。').label).toBe('全员核酸检测')
    expect(only('累计接收117名货车司机入住。').label).toBe('货车司机')
    expect(only('建成4个便民核酸检测点。').label).toBe('便民核酸检测点')
  })

  it('takes the label before the number, without the verb and fillers around it', () => {
    expect(only('1-6月，全镇完成地区生产总值45.2亿元（预计数，下同）。').label).toBe('地区生产总值')
    expect(only('半年来共检查名单内企业293家。').label).toBe('名单内企业')
    expect(only('实施监管总频次达586次。').label).toBe('监管总频次')
    expect(only('目前区重点在库项目共计15个。').label).toBe('区重点在库项目')
    expect(only('签订产学研合作协议10项。').label).toBe('产学研合作协议')
  })

  it('keeps a verb when the noun alone would not say what is counted', () => {
    expect(only('半年来共检查企业103家。').label).toBe('检查企业')
    expect(only('完成整改29个。').label).toBe('完成整改')
  })

  it('keeps a rate whole rather than cutting it at a verb inside it', () => {
    expect(only('投资完成率为47.7%。').label).toBe('投资完成率')
    expect(only('整改完成率达100%。').label).toBe('整改完成率')
  })

  it('qualifies a bare 面积 with what it is the area of', () => {
    const [count, area] = findFigures('巡查发现违法用地15宗，面积17.3亩。')
    expect(count?.label).toBe('违法用地')
    expect(area?.label).toBe('违法用地面积')
  })

  it('splits a list of counted things between their figures', () => {
    expect(findFigures('顺利对接了5个社会组织和4个高校共12个公益项目。').map((f) => f.label)).toEqual(['社会组织', '高校', '公益项目'])
  })

  it('labels the figures of the report in its own words', () => {
    const expected: Array<[string, string, string]> = [
      ['review-1-2', '9轮次', '全员核酸检测'],
      ['review-1-2', '11.5万人', '最高峰检测对象'],
      ['review-1-2', '28660条', '大数据反馈信息'],
      ['review-1-2', '4722个', '“场所码”申领'],
      ['review-1-3', '157789人次', '参检人次数'],
      ['review-1-3', '19834条', '“龙城畅运”信息'],
      ['review-1-3', '83.2%', '首针接种率'],
      ['review-2-1', '45.2亿元', '地区生产总值'],
      ['review-2-1', '35.7亿元', '规模以上工业产值'],
      ['review-2-1', '19亿元', '批发业销售额'],
      ['review-2-1', '504万美元', '实际到账外资'],
      ['review-2-1', '315家', '新增企业法人'],
      ['review-2-4', '35家', '国家高新技术企业'],
      ['review-2-4', '300余万元', '合同金额'],
      ['review-3-2', '52户', '民房'],
      ['review-3-3', '3081㎡', '存量及新增违章建筑面积'],
      ['review-4-2', '1.33吨/月·平方公里', '降尘量均值'],
      ['review-4-2', '39.5微克/立方米', 'PM2.5浓度均值'],
      ['review-4-3', '96%以上', '信访结案率'],
      ['review-5-1', '430.35万元', '各类民政保障救助款项'],
      ['review-5-3', '460余个', '招聘岗位'],
      ['review-6-2', '6019家次', '各类主体'],
      ['review-7-2', '1.9亿元', '减税降费'],
      ['review-7-3', '520.37万元', '核减金额'],
      ['plan-1-1', '7家', '企业三星上云'],
      ['plan-2-2', '1364套', '安置房'],
      ['plan-4-3', '9处', '全民健身步道'],
    ]
    expect(expected.map(([card, text]) => [card, text, one(card, text).label])).toEqual(expected)
    const bridges = inCard('plan-2-2', '6座')
    expect(bridges.map((f) => f.label)).toEqual(['桥梁助航设施安装', '桥梁维修'])
  })

  it('gives every figure a label', () => {
    for (const figure of allFigures) expect(figure.label.length, figure.id).toBeGreaterThan(1)
  })
})

describe('figures: year-on-year changes', () => {
  it('attaches a change to the figure it qualifies, not as a figure of its own', () => {
    expect(one('review-2-1', '45.2亿元')).toMatchObject({ label: '地区生产总值', change: { direction: 'down', percent: 12.43 } })
    expect(one('review-2-1', '35.7亿元').change).toEqual({ direction: 'down', percent: 17.9 })
    expect(one('review-2-1', '21.95亿元').change).toEqual({ direction: 'up', percent: 13 })
    expect(one('review-2-1', '21.08亿元').change).toEqual({ direction: 'up', percent: 12.7 })
    expect(one('review-2-1', '19亿元').change).toEqual({ direction: 'up', percent: 15.9 })
    expect(one('review-2-1', '315家')).toMatchObject({ label: '新增企业法人', change: { direction: 'up', percent: 19.32 } })
    expect(one('review-2-1', '504万美元').change).toBeUndefined()
    expect(one('review-2-1', '1.46亿元').change).toBeUndefined()
    const changeTexts = ['12.43%', '17.9%', '13%', '12.7%', '15.9%', '19.32%']
    expect(allFigures.filter((f) => changeTexts.includes(f.text))).toEqual([])
  })

  it('keeps the six changes of the report and no others', () => {
    expect(allFigures.filter((f) => f.change).map((f) => f.text)).toEqual(['45.2亿元', '35.7亿元', '21.95亿元', '21.08亿元', '19亿元', '315家'])
  })
})

describe('figures: placement and ids', () => {
  it('places every figure in its item at its offset, with a value and unit that match its text', () => {
    for (const card of cards) {
      card.figures.forEach((figure, i) => {
        expect(figure.id).toBe(`${card.id}-f${i + 1}`)
        expect(card.items[figure.item]?.startsWith(figure.text, figure.offset), figure.id).toBe(true)
        expect(figure.text.startsWith(String(figure.value)), figure.id).toBe(true)
        expect(figure.text.replace(/^[\d.]+[余多]?/, '').replace(/以上$/, '')).toBe(figure.unit)
      })
    }
  })
})

describe('figure label overrides', () => {
  it('stay few, each with a reason', () => {
    expect(FIGURE_LABEL_OVERRIDES.length).toBeLessThanOrEqual(allFigures.length / 10)
    for (const o of FIGURE_LABEL_OVERRIDES) expect(o.reason.length, `${o.card} ${o.text}`).toBeGreaterThan(10)
  })

  it('each match one figure and change what the parser would say', () => {
    for (const o of FIGURE_LABEL_OVERRIDES) {
      const [figure] = inCard(o.card, o.text)
      expect(inCard(o.card, o.text), `${o.card} ${o.text}`).toHaveLength(1)
      const card = cards.find((c) => c.id === o.card)
      const raw = findFigures(card?.items[figure?.item ?? -1] ?? '').find((f) => f.offset === figure?.offset)
      expect(raw?.label, `${o.card} ${o.text}`).not.toBe(o.label)
      expect(figure?.label).toBe(o.label)
    }
  })
})
