import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { source } from './source'

const report = parseReport(source)
const [review, plan] = report.parts

// Typed from the report text (read by hand), in canonical full-width punctuation.
const REVIEW_TITLES = [
  ['指挥动员迅速有力', '管控阻击精准有效', '秩序恢复平稳有序'],
  ['经济运行承压回升', '重点项目成绩亮眼', '企业培育精准有效', '创新动能持续蓄积', '平台提升稳步推进'],
  ['空间框架更加清晰', '更新步伐稳健有力', '城乡管理走深走实'],
  ['绿色转型稳步前进', '污染防治精准发力', '长效管护渐成体系'],
  ['底线民生进一步兜牢兜稳', '公共服务进一步提质提优', '增收渠道进一步延展延伸'],
  ['社会治理水平稳步提升', '安全发展底板持续筑牢', '文明文化氛围渐趋浓厚'],
  ['法治建设日趋优化', '服务效能日益提升', '廉政根基持续巩固'],
]
const PLAN_TITLES = [
  ['稳住市场主体激发活力', '抓好项目建设强化支撑', '营造创新生态增进动能', '提升平台质效创优环境'],
  ['以超前眼界做好规划', '以工匠精神推进更新', '以绣花功夫做细管理'],
  ['加强管控，夯实绿色低碳基底', '综合施治，持续巩固治污成效', '协同增效，加快绿色转型步伐'],
  ['全心全意办好为民实事', '用心用情丰富服务供给', '有力有效满足文体需求'],
  ['社会治理迈向纵深', '疫情防控慎终如始', '安全生产常抓不懈'],
  ['坚持依法行政，切实做到秉公执法', '坚持实干勤政，切实做到担当为民', '坚持从严治政，切实做到正风肃纪'],
]
const REVIEW_HEADLINES = [
  ['负压前行', '疫情防控筑牢内外屏障'],
  ['克难求进', '经济发展保持稳健态势'],
  ['破立并举', '城乡融合迈出崭新步伐'],
  ['标本兼治', '生态环境刷新更优颜值'],
  ['不舍寸功', '民生事业持续向优向好'],
  ['人民至上', '社会治理网络织密扎牢'],
  ['初心如磐', '作风效能递交优异答卷'],
]
const PLAN_HEADLINES = [
  ['抢先布局', '加速推动产业高质量发展'],
  ['内外兼修', '加速推进城乡高水平融合'],
  ['多措并举', '加速刷新生态高颜值底色'],
  ['提升内涵', '加速创设人民高品质生活'],
  ['协同并进', '加速实现社会高效能治理'],
  ['转变作风', '加速打造服务高效能政府'],
]

describe('report structure', () => {
  it('reads the meta from the header lines', () => {
    expect(report.meta).toEqual({
      title: '政府工作报告',
      meeting: '牛塘镇第五届人民代表大会第二次会议',
      date: '2022-07-14',
      speaker: '汤枫',
    })
  })

  it('reads the meta from whatever the header says, not from constants', () => {
    const other = source
      .replace('2022年7月14日在牛塘镇第五届', '2023年1月9日在牛塘镇第五届')
      .replace('人民代表大会第二次会议上', '人民代表大会第三次会议上')
      .replace('汤 枫', '李 四')
    expect(parseReport(other).meta).toMatchObject({ date: '2023-01-09', meeting: '牛塘镇第五届人民代表大会第三次会议', speaker: '李四' })
  })

  it('keeps the greeting lines as the opening', () => {
    expect(report.opening).toEqual([
      '各位代表：',
      '现在，我代表牛塘镇人民政府向大会作工作报告，请予审议，并请各位列席代表提出意见。',
    ])
  })

  it('has the two parts with their titles and intros', () => {
    expect(report.parts.map((p) => [p.id, p.title])).toEqual([
      ['review', '2022年上半年工作回顾'],
      ['plan', '2022年下半年主要工作任务'],
    ])
    expect(review?.intro.startsWith('今年以来，面对宏观经济持续下行')).toBe(true)
    expect(plan?.intro.startsWith('下半年，我们将紧紧围绕')).toBe(true)
    expect(plan?.intro.endsWith('具体来说，主要做好以下六方面工作：')).toBe(true)
  })

  it('has 7 + 6 sections numbered from 1 with slogan and topic', () => {
    expect(review?.sections.map((s) => [s.slogan, s.topic])).toEqual(REVIEW_HEADLINES)
    expect(plan?.sections.map((s) => [s.slogan, s.topic])).toEqual(PLAN_HEADLINES)
    for (const part of report.parts) {
      part.sections.forEach((section, i) => {
        expect(section.number).toBe(i + 1)
        expect(section.id).toBe(`${part.id}-${i + 1}`)
        expect(section.headline).toBe(`${section.slogan}，${section.topic}`)
      })
    }
  })

  it('has 23 + 19 cards with the exact theme sentences as titles', () => {
    expect(review?.sections.map((s) => s.cards.map((c) => c.title))).toEqual(REVIEW_TITLES)
    expect(plan?.sections.map((s) => s.cards.map((c) => c.title))).toEqual(PLAN_TITLES)
    expect(REVIEW_TITLES.flat()).toHaveLength(23)
    expect(PLAN_TITLES.flat()).toHaveLength(19)
  })

  it('gives cards readable ids from part, section and place', () => {
    expect(review?.sections[1]?.cards[2]).toMatchObject({ id: 'review-2-3', title: '企业培育精准有效' })
    expect(plan?.sections[5]?.cards[0]?.id).toBe('plan-6-1')
    const ids = report.parts.flatMap((p) => p.sections.flatMap((s) => s.cards.map((c) => c.id)))
    expect(new Set(ids).size).toBe(42)
  })

  it('puts each card\'s sentences in it as items, in order', () => {
    const first = review?.sections[0]?.cards[0]
    expect(first?.items).toEqual([
      '面对来势凶猛的新冠肺炎疫情，全镇迅速落实应急响应机制，第一时间完成了战时指挥体系构建，有序做好全面统筹调度。',
      '动态调整防控策略，形成了“小组专班的工作架构、每日一次的工作调度、镇村两级的工作沟通”三项工作机制，有效推进了平急转换、协同作战。',
      '结合基层实战经验，梳理形成《牛塘镇疫情防控标准化工作流程》，不断加强了能力体系建设。',
    ])
    for (const card of report.parts.flatMap((p) => p.sections.flatMap((s) => s.cards))) {
      expect(card.items.length, card.id).toBeGreaterThan(0)
      for (const item of card.items) expect(item, card.id).toMatch(/[。！]$/)
    }
  })

  it('sorts the paragraphs after the sections by kind, with Chinese titles', () => {
    expect(review?.after.map((p) => [p.id, p.kind, p.title])).toEqual([
      ['review-other-work', 'other-work', '其他工作'],
      ['review-thanks', 'thanks', '致谢'],
      ['review-shortcomings', 'shortcomings', '存在的不足'],
    ])
    expect(plan?.after.map((p) => [p.id, p.kind, p.title])).toEqual([['plan-closing', 'closing', '结束语']])
    expect(review?.after[0]?.text.startsWith('此外，侨台、民防')).toBe(true)
    expect(review?.after[1]?.text.startsWith('各位代表，2022年上半年')).toBe(true)
    expect(review?.after[2]?.text.startsWith('在肯定成绩的同时')).toBe(true)
    expect(plan?.after[0]?.text.startsWith('各位代表，星光不问赶路人')).toBe(true)
  })

  it('fails loudly on text it cannot place rather than dropping it', () => {
    expect(() => parseReport(source.replace('此外，侨台', '另外，侨台').replace('此外,侨台', '另外,侨台'))).toThrow(/unrecognised paragraph/)
    expect(() => parseReport(source.replace('2022年下半年主要工作任务\n', ''))).toThrow(/part titles/)
  })
})
