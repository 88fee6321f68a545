import type { Card, Figure } from '../../../src/report/types'
import type { PosterFont, PosterInput } from '../../../src/poster/poster-layout'
import { qrModules } from '../../../src/poster/qr'

/** Fixed-width stand-in for measureText: any non-ASCII character 1 em, ASCII 0.6 em (bold digits run wide). */
export const measure = (text: string, font: PosterFont) =>
  Array.from(text).reduce((w, ch) => w + (ch.charCodeAt(0) < 128 ? 0.6 : 1) * font.size, 0)

export const gdp: Figure = {
  id: 'review-2-1-f1',
  item: 0,
  offset: 15,
  text: '45.2亿元',
  value: 45.2,
  unit: '亿元',
  label: '地区生产总值',
  approx: false,
  change: { direction: 'down', percent: 12.43 },
}

export const investment: Figure = {
  id: 'review-2-1-f4',
  item: 1,
  offset: 6,
  text: '21.95亿元',
  value: 21.95,
  unit: '亿元',
  label: '固定资产投资',
  approx: false,
  change: { direction: 'up', percent: 13 },
}

export const economyCard: Card = {
  id: 'review-2-1',
  title: '经济运行承压回升',
  items: [
    '1-6月,全镇完成地区生产总值45.2亿元(预计数,下同),同比下降12.43%;完成规模以上工业产值35.7亿元,同比下降17.9%。',
    '固定资产投资21.95亿元,同比增长13%;完成限额以上批零住餐业销售额同比增长12.7%。',
    '新增市场主体1153家,同比增长19.32%。',
  ],
  figures: [gdp, investment],
}

export const planCard: Card = {
  id: 'plan-1-1',
  title: '稳住市场主体激发活力',
  items: [
    '巩固拓展疫情防控和经济社会发展成果,确保经济运行在合理区间。',
    '加强政策引导,着力打造五洲环保、苏迅精密等一批专精特新“小巨人”和“单项冠军”。',
    '全力做好企业服务,落实各项纾困惠企政策,帮助企业解决用工、融资、物流等实际困难,让政策红利精准直达市场主体。',
  ],
  figures: [],
}

export const url = 'https://niutang.example.cn/#/pages/card/index?id=review-2-1'

export function posterInput(overrides: Partial<PosterInput> = {}): PosterInput {
  return {
    card: economyCard,
    figure: gdp,
    partTitle: '上半年工作回顾 · 二、克难求进',
    meeting: '牛塘镇第五届人民代表大会第二次会议',
    date: '2022-07-14',
    code: { kind: 'qr', modules: qrModules(url) },
    ...overrides,
  }
}
