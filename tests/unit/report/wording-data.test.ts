// How the app names the report comes from the report: generated, fresh, and nothing of one town in another's.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { economyIndicatorsOf } from '../../../src/report/economy-rule'
import { confirmedLinks, REVIEWED_LINKS } from '../../../src/report/links-file'
import { HIGHLIGHT_COUNT, highlightsOf } from '../../../src/report/highlights-rule'
import { HIGHLIGHT_FIGURE_IDS } from '../../../src/report/outline-build'
import { reportOutline } from '../../../src/report/outline'
import { readOverrides } from '../../../src/report/overrides'
import { parseReport } from '../../../src/report/parse'
import { placeOf, wordingOf } from '../../../src/report/report-wording'
import { reportWording } from '../../../src/report/wording-data'
import { PART_SHORT_NAMES } from '../../../src/report/wording'
import { REPORT_SHARE_TITLE } from '../../../src/report/share-title'
import { CORPUS_FILES, corpusText } from './corpus-files'
import { SOURCE_PATH, source } from './source'

const settings = readOverrides(readFileSync(SOURCE_PATH.replace(/\.txt$/, '.overrides.json'), 'utf8')).app
const WORDING_PATH = fileURLToPath(new URL('../../../src/report/data/wording.json', import.meta.url))

describe('the generated wording', () => {
  it('is the wording of the current content (run `npm run report:data` when this fails)', () => {
    expect(JSON.parse(readFileSync(WORDING_PATH, 'utf8'))).toEqual(wordingOf(parseReport(source), settings))
    expect(reportWording).toEqual(wordingOf(parseReport(source), settings))
  })

  it('names the 2022 report as the app always has', () => {
    expect(reportWording).toMatchObject({
      place: '牛塘镇',
      period: '2022年上半年',
      shareTitle: '牛塘镇2022年上半年政府工作报告',
      posterBand: '牛塘镇政府工作报告 · 2022年上半年',
      receiptPrefix: 'NT-2022',
      highlightsTitle: '数说上半年',
      economyTitle: '上半年经济运行一览',
      economyNote: '1-6月数据（预计数），来自报告“经济运行承压回升”一节；箭头为同比变化。',
      relatedFromReview: '下半年怎么干',
      relatedFromPlan: '上半年做了什么',
      progressDone: '上半年完成',
      progressGoal: '下半年目标',
    })
    expect(reportWording.parts).toEqual([
      { id: 'review', shortName: '上半年', heading: '上半年工作回顾' },
      { id: 'plan', shortName: '下半年', heading: '下半年主要工作任务' },
    ])
    expect(PART_SHORT_NAMES).toEqual({ review: '上半年', plan: '下半年' })
    expect(REPORT_SHARE_TITLE).toBe(reportWording.shareTitle)
  })
})

describe.each(CORPUS_FILES)('the wording of %s', (file) => {
  const report = parseReport(corpusText(file))
  const wording = wordingOf(report)

  it('comes from that report alone', () => {
    expect(JSON.stringify(wording)).not.toMatch(/牛塘|上半年|下半年|NT-/)
    expect(wording.year).toBe(Number(report.meta.date.slice(0, 4)))
    expect(wording.shareTitle).toMatch(/政府工作报告$/)
    expect(wording.shareTitle).toContain(String(wording.year))
    expect(wording.place.length).toBeGreaterThan(1)
    expect(wording.parts.map((part) => part.id)).toEqual(report.parts.map((part) => part.id))
    for (const part of wording.parts) expect(part.shortName.length, part.id).toBeGreaterThan(1)
  })

  it('has 数说 figures chosen by rule: from the review, at most two a card, in reading order', () => {
    const highlights = highlightsOf(report)
    expect(highlights.length).toBeGreaterThan(2)
    expect(highlights.length).toBeLessThanOrEqual(HIGHLIGHT_COUNT)
    for (const figure of highlights) expect(highlights.filter((f) => f.cardId === figure.cardId).length).toBeLessThanOrEqual(2)
    const review = report.parts.find((part) => part.kind === 'review')
    for (const figure of highlights) expect(figure.cardId.startsWith(`${review?.id}-`), figure.id).toBe(true)
    const order = report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards.flatMap((card) => card.figures.map((f) => f.id))))
    const at = highlights.map((figure) => order.indexOf(figure.id))
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(highlights.some((figure) => figure.unit === '%' && figure.value >= 100)).toBe(false)
  })

  it('has an economy page only with enough indicators', () => {
    expect(wording.economyTitle !== null).toBe(economyIndicatorsOf(report).length >= 3)
  })
})

describe('数说 of the 2022 report', () => {
  it('is the reviewed list beside the text, every id a figure of the report', () => {
    expect(settings?.highlights).toEqual([...HIGHLIGHT_FIGURE_IDS])
    expect(highlightsOf(parseReport(source), settings?.highlights).map((figure) => figure.id)).toEqual([...HIGHLIGHT_FIGURE_IDS])
    expect(reportOutline.highlights).toEqual(highlightsOf(parseReport(source), settings?.highlights))
  })
})

describe('the generated links', () => {
  it('are the reviewed links of the 2022 report (run `npm run report:data` when this fails)', () => {
    const links = JSON.parse(readFileSync(fileURLToPath(new URL('../../../src/report/data/links.json', import.meta.url)), 'utf8')) as unknown
    expect(links).toEqual(JSON.parse(JSON.stringify(REVIEWED_LINKS)))
  })

  it('take only what a secretary confirmed from a links file', () => {
    const file = JSON.stringify({ sections: [{ review: 'review-1', plan: ['plan-1'], confirmed: true }, { review: 'review-2', plan: ['plan-3'], confirmed: false }] })
    expect(confirmedLinks(file)).toEqual({ sections: [{ review: 'review-1', plan: ['plan-1'] }], cards: [], progress: [] })
  })
})

describe('the rules', () => {
  it('take the place from the meeting', () => {
    expect(placeOf('牛塘镇第五届人民代表大会第二次会议')).toBe('牛塘镇')
    expect(placeOf('甘肃省十四届人民代表大会第四次会议')).toBe('甘肃省')
    expect(placeOf('呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议')).toBe('呼伦贝尔市海拉尔区')
    expect(placeOf('第十二届全国人民代表大会第三次会议')).toBe('国务院')
  })

  it('pick the economic indicators of the review by their labels', () => {
    const names = economyIndicatorsOf(parseReport(corpusText('2013-hailaer-district.txt'))).map((choice) => choice.name)
    expect(names).toEqual(['地区生产总值', '社会消费品零售总额', '居民人均可支配收入'])
    expect(economyIndicatorsOf(parseReport(source)).map((choice) => choice.name)).toEqual(['地区生产总值', '规上工业产值', '固定资产投资', '限上批零住餐销售额', '一般公共预算收入', '实际到账外资', '新增企业法人'])
  })
})
