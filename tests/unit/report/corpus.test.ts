// Every corpus report reads into the structure a careful reader gives it (typed from the texts, by hand),
// loses nothing, and its doubts say what to look at.
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { readReport } from '../../../src/report/read'
import { rebuildSentences, sourceSentences } from '../../../src/report/rebuild'
import { splitSentences } from '../../../src/report/sentences'
import { textLines } from '../../../src/report/text-lines'
import type { DoubtCode } from '../../../src/report/doubts'
import type { ReportOverrides } from '../../../src/report/overrides'
import { cardsInOrder, partOf, sectionIdOf, sectionOf } from '../../../src/report/reading-order'
import type { ParagraphKind, PartKind, Report, ReportMeta, Section } from '../../../src/report/types'
import { CORPUS_FILES, type CorpusFile, corpusText } from './corpus-files'

interface PartSpec {
  id: string
  kind: PartKind
  title: string
  /** Intro paragraphs before the first section */
  intro: number
  /** [label + headline, card count]; label '' for a section the text does not number */
  sections: Array<[string, number]>
  after: ParagraphKind[]
}

interface ReportSpec {
  meta: Partial<ReportMeta>
  parts: PartSpec[]
  /** Card titles of some sections, by section id */
  cards?: Record<string, string[]>
  /** The doubts the import must raise, by code (at least these many) */
  doubts?: Partial<Record<DoubtCode, number>>
  /**
   * Card splits a secretary fixes in the override file after the import's doubt (by the paragraph's first
   * words): the structure above is the text read with these; without them the import must name the line.
   */
  reviewed?: Array<{ starts: string; split?: 'one'; at?: string[] }>
}

const O = 'other-work' as const

const SPECS: Record<CorpusFile, ReportSpec> = {
  '2010-guowuyuan.txt': {
    meta: { title: '政府工作报告', date: '2010-03-05', meeting: '第十一届全国人民代表大会第三次会议', speaker: '温家宝', speakerTitle: '国务院总理', wire: '新华社北京3月15日电' },
    parts: [
      {
        id: 'review', kind: 'review', title: '2009年工作回顾', intro: 3,
        sections: [['（一）加强和改善宏观调控，促进经济平稳较快发展', 3], ['（二）大力调整经济结构，夯实长远发展基础', 4], ['（三）坚持深化改革开放，不断完善有利于科学发展的体制机制', 2], ['（四）着力改善民生，加快发展社会事业', 4]],
        after: ['thanks', 'summary'],
      },
      {
        id: 'plan', kind: 'plan', title: '2010年主要任务', intro: 5,
        sections: [
          ['（一）提高宏观调控水平，保持经济平稳较快发展', 4], ['（二）加快转变经济发展方式，调整优化经济结构', 6], ['（三）加大统筹城乡发展力度，强化农业农村发展基础', 4],
          ['（四）全面实施科教兴国战略和人才强国战略', 3], ['（五）大力加强文化建设', 2], ['（六）着力保障和改善民生，促进社会和谐进步', 6],
          ['（七）坚定不移推进改革，进一步扩大开放', 11], ['（八）努力建设人民满意的服务型政府', 6],
        ],
        // 民族团结, 宗教, 侨务, 国防, 一国两制, 两岸, 外交 ×2, each after 「各位代表！」; then the closing.
        after: [O, O, O, O, O, O, O, O, 'closing'],
      },
      { id: 'notes', kind: 'notes', title: '注释', intro: 0, sections: [['注释', 7]], after: [] },
    ],
    cards: {
      'review-1': ['着力扩大居民消费', '促进投资快速增长', '我们加快推进汶川地震灾后恢复重建'],
      'review-2': ['“三农”工作进一步加强', '产业结构调整力度加大', '节能减排和环境保护扎实推进', '区域协调发展迈出新步伐'],
      'notes-1': ['应对国际金融危机的一揽子计划', '“三网”融合', '物联网', '森林碳汇', '“五缓四减三补贴”就业扶持政策', '医药卫生体制改革的五项重点工作', '中非务实合作八项新举措'],
    },
  },
  '2013-hailaer-district.txt': {
    meta: { title: '政府工作报告', date: '2013-02-28', meeting: '海拉尔区第十四届人民代表大会第二次会议', speaker: '杜联合', speakerTitle: '海拉尔区人民政府区长', titleLines: ['政 府 工 作 报 告'] },
    parts: [
      { id: 'review', kind: 'review', title: '过去一年工作回顾', intro: 1, sections: [['过去一年工作回顾', 3]], after: ['thanks', 'shortcomings'] },
      {
        id: 'plan', kind: 'plan', title: '2013年工作安排', intro: 3,
        sections: [['（一）加快产业发展，切实做强做优县域经济', 4], ['（二）坚持城乡统筹发展，加快推进新型城镇化进程', 4], ['（三）切实加强社会建设，保障和改善民生', 3], ['（四）全面加强新形势下的政府自身建设', 3]],
        after: ['closing'],
      },
    ],
    cards: {
      'review-1': ['经济实力明显增强', '城市宜居水平显著提升', '社会建设得到全面加强'],
      'plan-1': ['做强三产', '做优二产', '做精一产', '做大非公经济'],
      'plan-4': ['转变作风提高执行力', '依法行政提升公信力', '廉洁从政强化约束力'],
    },
    doubts: { 'no-sections': 1 },
  },
  '2015-guowuyuan.txt': {
    meta: { date: '2015-03-05', meeting: '第十二届全国人民代表大会第三次会议', speaker: '李克强', speakerTitle: '国务院总理' },
    parts: [
      {
        id: 'review', kind: 'review', title: '2014年工作回顾', intro: 3,
        sections: [['一是在区间调控基础上实施定向调控，保持经济稳定增长', 1], ['二是深化改革开放，激发经济社会发展活力', 3], ['三是加大结构调整力度，增强发展后劲', 4], ['四是织密织牢民生保障网，增进人民福祉', 4], ['五是创新社会治理，促进和谐稳定', 4]],
        after: [O, 'thanks', 'shortcomings'],
      },
      {
        id: 'plan', kind: 'plan', title: '2015年工作总体部署', intro: 7,
        sections: [['第一，稳定和完善宏观经济政策', 2], ['第二，保持稳增长与调结构的平衡', 1], ['第三，培育和催生经济社会发展新动力', 2]],
        after: [],
      },
      { id: 'plan2', kind: 'plan', title: '把改革开放扎实推向纵深', intro: 1, sections: [['把改革开放扎实推向纵深', 14]], after: [] },
      { id: 'plan3', kind: 'plan', title: '协调推动经济稳定增长和结构优化', intro: 1, sections: [['协调推动经济稳定增长和结构优化', 17]], after: [] },
      { id: 'plan4', kind: 'plan', title: '持续推进民生改善和社会建设', intro: 1, sections: [['持续推进民生改善和社会建设', 9]], after: [] },
      { id: 'government', kind: 'government', title: '切实加强政府自身建设', intro: 1, sections: [['切实加强政府自身建设', 4]], after: [O, O, O, O, O, O, O, 'closing'] },
    ],
    cards: { 'review-2': ['扎实推动重点改革', '继续把简政放权、放管结合作为改革的重头戏', '以开放促改革促发展'] },
    // 「国务院总理?李克强」 and 「各位代表：?」: the ? is a space lost in re-encoding.
    doubts: { 'lost-space': 2, 'part-kind-guessed': 3, 'no-sections': 4 },
  },
  '2016-hailaer-district.txt': {
    meta: { date: '2016-02-19', meeting: '海拉尔区第十四届人民代表大会第五次会议', speaker: '杜联合', speakerTitle: '海拉尔区人民政府区长' },
    parts: [
      {
        id: 'review', kind: 'review', title: '“十二五”时期和2015年工作回顾', intro: 14,
        // (二) is one paragraph whose short factual sentences read as themes: reviewed to its two real ones.
        sections: [['（一）经济发展取得新成就', 4], ['（二）城市建设取得新进展', 2], ['（三）民生社会事业取得新进步', 3], ['（四）政府自身建设取得新成效', 1]],
        after: ['summary', 'thanks', 'shortcomings'],
      },
      { id: 'goals', kind: 'goals', title: '“十三五”经济社会发展的主要目标和任务', intro: 1, sections: [['“十三五”经济社会发展的主要目标和任务', 5]], after: [] },
      {
        id: 'plan', kind: 'plan', title: '2016年工作安排', intro: 4,
        sections: [
          ['（一）狠抓投资融资和项目建设，保持经济稳定增长', 3], ['（二）积极调整产业结构，发展壮大经济实力', 3], ['（三）全面提升城市建设管理水平，统筹推进城乡一体化', 5],
          ['（四）推进绿色发展，筑牢生态安全屏障', 1], ['（五）加大改革攻坚力度，进一步提高开放水平', 1], ['（六）着力保障和改善民生，不断增进人民福祉', 4],
          ['（七）加强社会治理创新，促进社会和谐稳定', 1], ['（八）加强自身建设，全面提升依法行政能力', 4],
        ],
        after: ['closing'],
      },
    ],
    cards: {
      'review-1': ['商贸中心辐射带动能力不断增强', '旅游文化产业显著发展', '工业经济总量不断扩大', '农牧业产业化步伐加快'],
      'review-2': ['东山组团基础设施建设取得突破性进展', '老城区改造工作成效明显'],
      'goals-1': ['坚持创新发展，着力提高发展质量和效益', '坚持协调发展，着力增强发展的整体性', '推进绿色发展，着力培育生态文明新优势', '坚持开放发展，着力实现合作共赢', '坚持共享发展，着力增进民生福祉'],
      'plan-1': ['准确把握政策，找准投资方向', '创新招商、融资方式，激发发展动力', '狠抓项目建设，厚植发展优势'],
      'plan-8': ['狠抓工作落实', '持续改进作风', '坚持依法行政', '加强廉政建设'],
    },
    doubts: { 'split-at-themes': 2 },
    reviewed: [{ starts: '东山组团基础设施建设取得突破性进展', at: ['东山组团基础设施建设取得突破性进展', '老城区改造工作成效明显'] }],
  },
  '2018-guowuyuan.txt': {
    meta: { date: '2018-03-05', meeting: '第十三届全国人民代表大会第一次会议', speaker: '李克强', speakerTitle: '国务院总理', titleLines: ['2018政府工作报告', '政府工作报告'] },
    parts: [
      {
        id: 'review', kind: 'review', title: '过去五年工作回顾', intro: 10,
        sections: [
          ['（一）坚持稳中求进工作总基调，着力创新和完善宏观调控，经济运行保持在合理区间、实现稳中向好', 1],
          ['（二）坚持以供给侧结构性改革为主线，着力培育壮大新动能，经济结构加快优化升级', 3],
          ['（三）坚持创新引领发展，着力激发社会创造力，整体创新能力和效率显著提高', 1],
          ['（四）坚持全面深化改革，着力破除体制机制弊端，发展动力不断增强', 1],
          ['（五）坚持对外开放的基本国策，着力实现合作共赢，开放型经济水平显著提升', 1],
          ['（六）坚持实施区域协调发展和新型城镇化战略，着力推动平衡发展，新的增长极增长带加快成长', 1],
          // One paragraph whose short factual sentences read as themes: reviewed to one card.
          ['（七）坚持以人民为中心的发展思想，着力保障和改善民生，人民群众获得感不断增强', 1],
          ['（八）坚持人与自然和谐发展，着力治理环境污染，生态文明建设取得明显成效', 1],
          ['（九）坚持依法全面履行政府职能，着力加强和创新社会治理，社会保持和谐稳定', 2],
        ],
        after: [O, O, O, O, 'thanks', 'shortcomings'],
      },
      { id: 'goals', kind: 'goals', title: '2018年经济社会发展总体要求和政策取向', intro: 1, sections: [['2018年经济社会发展总体要求和政策取向', 7]], after: [] },
      {
        id: 'plan', kind: 'plan', title: '对2018年政府工作的建议', intro: 1,
        sections: [
          ['（一）深入推进供给侧结构性改革', 6], ['（二）加快建设创新型国家', 3], ['（三）深化基础性关键领域改革', 7], ['（四）坚决打好三大攻坚战', 3], ['（五）大力实施乡村振兴战略', 3],
          ['（六）扎实推进区域协调发展战略', 2], ['（七）积极扩大消费和促进有效投资', 2], ['（八）推动形成全面开放新格局', 4], ['（九）提高保障和改善民生水平', 8],
        ],
        // 各位代表！进入新时代… and three 全面… paragraphs on the government itself, unheaded: remarks, each a doubt.
        after: ['remarks', 'remarks', 'remarks', 'remarks', O, O, O, O, O, O, O, 'closing'],
      },
    ],
    doubts: { remarks: 4, 'split-at-themes': 1 },
    reviewed: [{ starts: '（七）坚持以人民为中心的发展思想', split: 'one' }],
  },
  '2019-hailaer-district.txt': {
    meta: { date: '2019-03-04', meeting: '呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议', speaker: '萨国文', speakerTitle: '呼伦贝尔市海拉尔区人民政府代区长' },
    parts: [
      {
        id: 'review', kind: 'review', title: '2018年工作回顾', intro: 1,
        sections: [['（一）三大攻坚战强力突破', 1], ['（二）城市建管水平有效提升', 1], ['（三）产业项目蓬勃发展', 1], ['（四）发展活力不断激发', 1], ['（五）民生事业提标升级', 1], ['（六）政府自身建设不断加强', 1]],
        after: [O, 'thanks', 'shortcomings'],
      },
      {
        id: 'plan', kind: 'plan', title: '2019年工作安排', intro: 5,
        sections: [
          ['（一）围绕决胜全面建成小康社会，全力打好三大攻坚战', 5], ['（二）围绕提升城市品质，全力补短板强基础', 3], ['（三）围绕激发新旧动能转换，促进经济平稳健康发展', 5],
          ['（四）围绕乡村振兴战略，建设生态宜居美丽乡村', 4], ['（五）围绕深化改革开放，全面增强经济发展活力', 4], ['（六）围绕提升群众幸福感，推动社会事业健康发展', 5],
        ],
        after: [],
      },
      {
        id: 'government', kind: 'government', title: '加强政府自身建设', intro: 1,
        sections: [['（一）铸忠诚，坚持旗帜鲜明讲政治', 1], ['（二）善学习，强化理性思维促发展', 1], ['（三）重法治，坚持依法行政履好职', 1], ['（四）转作风，坚持实干为本抓落实', 1], ['（五）葆廉洁，落实从严治党树形象', 1]],
        after: ['closing'],
      },
    ],
    cards: { 'plan-2': ['让城市环境更优美', '让城市管理更精细', '让城市基础设施更完善'] },
    doubts: { 'split-at-themes': 6 },
  },
  '2026-fujian-province.txt': {
    meta: { title: '2026年福建省政府工作报告', date: '2026-01-27', meeting: '福建省第十四届人民代表大会第四次会议', speaker: '赵龙', speakerTitle: '福建省人民政府省长' },
    parts: [
      {
        id: 'review', kind: 'review', title: '一年接着一年干，新福建建设持续取得新进展新成效', intro: 2,
        sections: [
          ['（一）着力推进向新向优发展，产业转型升级步伐加快', 3], ['（二）着力推动“两创”深度融合，科技支撑作用明显增强', 3], ['（三）着力实施扩大内需战略，发展内生动力有效激发', 2],
          ['（四）着力深化改革扩大开放，先行先试探路富有成效', 3], ['（五）着力缩小城乡区域差距，协调发展水平明显提升', 2], ['（六）着力办好办实民生实事，人民生活品质稳步提高', 4],
          ['（七）着力促进文化繁荣兴盛，八闽气韵风采生动展现', 4], ['（八）着力加强生态文明建设，美丽福建画卷加速绘就', 2], ['（九）着力践行安全发展理念，社会大局保持安定稳定', 3],
        ],
        // 各位代表！2025年… (remarks), the 五年来 look back ×6, 各项事业 (other work), 过去五年 (summary), thanks, shortcomings.
        after: ['remarks', 'summary', 'summary', 'summary', 'summary', 'summary', 'summary', O, 'summary', 'thanks', 'shortcomings'],
      },
      {
        id: 'goals', kind: 'goals', title: '一张蓝图绘到底，奋力谱写中国式现代化福建篇章', intro: 4,
        sections: [
          ['（一）始终锚定机制活，持续深化改革开放，激发奋勇争先的动力活力', 1], ['（二）始终锚定产业优，着力构建现代化产业体系，夯实奋勇争先的物质技术基础', 1],
          ['（三）始终锚定百姓富，扎实推进共同富裕，厚植奋勇争先的民生根基', 1], ['（四）始终锚定生态美，加快全面绿色转型，擦亮奋勇争先的鲜明底色', 1],
        ],
        after: [],
      },
      {
        id: 'plan', kind: 'plan', title: '一鼓作气勇争先，全力推动“十五五”开好局、起好步', intro: 2,
        sections: [
          ['（一）壮大实体经济，推动高质量发展', 3], ['（二）深挖内需潜力，畅通高效率循环', 3], ['（三）全面深化改革，扩大高水平开放', 2], ['（四）服务统一大业，促进高标准融合', 4],
          ['（五）强化优势互补，迈向高层次协同', 4], ['（六）坚持守正创新，打造高标识文化', 3], ['（七）增进民生福祉，创造高品质生活', 4], ['（八）加快绿色转型，守护高颜值生态', 3],
          ['（九）突出共建共享，推进高效能治理', 3],
        ],
        after: [],
      },
      {
        id: 'government', kind: 'government', title: '一以贯之转作风，努力建设人民满意的服务型政府', intro: 1,
        sections: [['（一）始终把忠诚作为为政之魂', 1], ['（二）始终把为民作为奋斗之责', 1], ['（三）始终把干净作为修身之基', 1], ['（四）始终把担当作为成事之要', 1], ['（五）始终把高效作为服务之道', 1]],
        after: ['closing'],
      },
    ],
    cards: {
      'review-2': ['创新效能提升', '人才资源汇聚', '数智赋能加速'],
      'review-5': ['念好新时代“山海经”', '走好城乡“融合路”'],
      'plan-6': ['以文化人', '以文惠民', '以文兴业'],
    },
    // Slogan part titles do not say what they are: read by place and intro, with a doubt each.
    doubts: { 'part-kind-guessed': 3, remarks: 1 },
  },
  '2026-gansu-province.txt': {
    meta: { title: '2026年甘肃省政府工作报告', date: '2026-01-27', meeting: '甘肃省十四届人民代表大会第四次会议', speaker: '任振鹤', speakerTitle: '甘肃省省长', dateline: '——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上' },
    parts: [
      {
        id: 'review', kind: 'review', title: '“十四五”时期工作回顾', intro: 1,
        // The ——这是…的五年 bullets, then 「五年来主要做了以下工作。」 and the 我们… paragraphs.
        sections: [['“十四五”时期工作回顾', 5], ['五年来主要做了以下工作', 8]],
        after: ['summary', 'thanks', 'summary', 'shortcomings'],
      },
      { id: 'goals', kind: 'goals', title: '“十五五”时期的主要目标任务', intro: 2, sections: [['“十五五”时期的主要目标任务', 8]], after: ['remarks'] },
      {
        id: 'plan', kind: 'plan', title: '2026年重点工作', intro: 3,
        sections: [
          ['（一）放大促消费扩投资政策效应', 3], ['（二）加快建设现代化产业体系', 4], ['（三）持续释放改革开放动能活力', 3], ['（四）深化城乡融合和区域联动发展', 4],
          ['（五）坚决筑牢国家西部生态安全屏障', 4], ['（六）加快推进文旅强省建设', 3], ['（七）加大保障和改善民生力度', 4], ['（八）更好统筹发展和安全', 3],
        ],
        // 各位代表！躬逢… and the four 要… paragraphs on the government itself, unheaded: remarks (an override can make them a section).
        after: ['remarks', 'remarks', 'remarks', 'remarks', 'remarks', 'closing'],
      },
    ],
    cards: {
      'review-1': ['这是追赶进位、综合实力快速跃升的五年', '这是扬优聚势、产业发展升级焕新的五年', '这是招大引强、开放合作成果丰硕的五年', '这是加力提质、民生福祉全面增进的五年', '这是攻坚克难、发展安全有效统筹的五年'],
      'goals-1': ['高质量发展水平明显提升', '科技创新能力明显提升', '全面深化改革质效明显提升', '开放合作能级明显提升', '社会文明程度明显提升', '人民生活品质明显提升', '美丽甘肃建设水平明显提升', '社会治理效能明显提升'],
      'plan-1': ['积极承接用好政策', '千方百计促进消费', '精准扩大有效投资'],
    },
    doubts: { 'no-sections': 2, remarks: 6 },
  },
  '2026-neimenggu-province.txt': {
    meta: { title: '2026年内蒙古自治区政府工作报告', date: '2026-02-04', meeting: '内蒙古自治区第十四届人民代表大会第五次会议', speaker: '包钢', speakerTitle: '自治区人民政府主席' },
    parts: [
      { id: 'review', kind: 'review', title: '“十四五”时期发展成就和2025年工作回顾', intro: 1, sections: [['“十四五”时期发展成就和2025年工作回顾', 6]], after: ['summary', 'thanks', 'shortcomings'] },
      {
        id: 'plan', kind: 'plan', title: '“十五五”时期主要目标和2026年重点工作', intro: 5,
        sections: [
          ['（一）加强中华民族共有精神家园建设', 1], ['（二）促进各民族广泛交往交流交融', 1], ['（三）健全贯彻主线要求制度机制', 1],
          ['（一）坚持生态优先、绿色发展，筑牢我国北方重要生态安全屏障', 4], ['（二）更好统筹发展和安全，筑牢祖国北疆安全稳定屏障', 3],
          ['（三）大力发展现代能源经济，建设国家重要能源和战略资源基地', 4], ['（四）加快农牧业转型发展，建设国家重要农畜产品生产基地', 3],
          ['（五）以创建中国（内蒙古）自由贸易试验区为牵引，打造我国向北开放重要桥头堡', 3],
          ['（一）立足壮大实体经济，建设体现内蒙古特色优势的现代化产业体系', 3], ['（二）大力推进创新驱动，因地制宜加快高水平科技自立自强', 5],
          ['（三）更加注重内需主导，深度对接全国统一大市场', 3], ['（四）持续深化改革攻坚，构建高水平社会主义市场经济体制', 4], ['（五）优化区域经济布局，提升协调发展水平', 3],
          ['（六）繁荣发展社会主义文化，建设文化强区', 4], ['（七）始终坚持民生为大，不断加大保障和改善民生力度', 10],
          ['四、把坚持党的全面领导贯穿政府工作各方面全过程', 5],
        ],
        after: ['closing'],
      },
      { id: 'notes', kind: 'notes', title: '2026年自治区民生实事', intro: 0, sections: [['2026年自治区民生实事', 10]], after: [] },
    ],
    cards: {
      'plan-4': ['打好“三北”工程三大标志性战役', '加强生态保护修复', '深入打好污染防治攻坚战', '推动绿色低碳发展'],
      'plan-16': ['建设法治政府', '建设诚信政府', '建设高效政府', '建设廉洁政府', '建设服务型政府'],
    },
  },
}

const read = (file: CorpusFile) => readReport(corpusText(file))

/** The reviewed override entries of a spec, with their lines found in the text. */
function reviewedOverrides(file: CorpusFile): ReportOverrides {
  const lines = corpusText(file).split('\n')
  const cards = (SPECS[file].reviewed ?? []).map(({ starts, ...fix }) => {
    const line = lines.findIndex((text) => text.trim().startsWith(starts)) + 1
    expect(line, starts).toBeGreaterThan(0)
    return { line, starts, ...fix }
  })
  return cards.length > 0 ? { cards } : {}
}
const structureOf = (report: Report) =>
  report.parts.map((part) => ({
    id: part.id,
    kind: part.kind,
    title: part.title,
    intro: part.intro ? part.intro.split('\n').length : 0,
    sections: part.sections.map((section) => [`${section.label ?? ''}${section.headline}`, section.cards.length]),
    after: part.after.map((paragraph) => paragraph.kind),
  }))

describe.each(CORPUS_FILES)('corpus report %s', (file) => {
  const spec = SPECS[file]
  const { doubts } = read(file)
  const { report } = readReport(corpusText(file), reviewedOverrides(file))

  it('reads the header: meta, speaker apart from office', () => {
    expect(report.meta).toMatchObject(spec.meta)
    expect(report.meta.speaker).toMatch(/^\p{Script=Han}{2,4}$/u)
  })

  it('has the parts, sections and card counts a careful reader gives it', () => {
    expect(structureOf(report)).toEqual(spec.parts)
  })

  it('names the line of every split the reviewed overrides fix', () => {
    for (const { line } of reviewedOverrides(file).cards ?? []) {
      expect(doubts.some((d) => d.code === 'split-at-themes' && d.line === line), `line ${line}`).toBe(true)
    }
  })

  it('gives the cards the titles of their theme sentences', () => {
    for (const [sectionId, titles] of Object.entries(spec.cards ?? {})) {
      const section = report.parts.flatMap((part) => part.sections).find((candidate) => candidate.id === sectionId)
      expect(section?.cards.map((card) => card.title), sectionId).toEqual(titles)
    }
  })

  it('holds every sentence of the text exactly once, in reading order', () => {
    const source = sourceSentences(textLines(corpusText(file)))
    expect(rebuildSentences(report)).toEqual(source)
    expect(source.length).toBeGreaterThan(100)
    expect(doubts.filter((d) => d.code === 'lost-text')).toEqual([])
  })

  it('parses strictly (no blocking doubt) and raises the doubts a reviewer must look at', () => {
    expect(doubts.filter((d) => d.blocking)).toEqual([])
    expect(() => parseReport(corpusText(file))).not.toThrow()
    for (const [code, count] of Object.entries(spec.doubts ?? {})) {
      expect(doubts.filter((d) => d.code === code).length, code).toBeGreaterThanOrEqual(count as number)
    }
    for (const d of doubts) {
      expect(d.line, d.what).toBeGreaterThan(0)
      expect(d.what.length).toBeGreaterThan(4)
      expect(d.todo.length).toBeGreaterThan(4)
    }
  })

  it('gives every card items and unique ids, and every figure a place in its item', () => {
    const cards = report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards))
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length)
    for (const card of cards) {
      expect(card.items.length, card.id).toBeGreaterThan(0)
      expect(card.title.length, card.id).toBeGreaterThan(1)
      for (const figure of card.figures) expect(card.items[figure.item]?.startsWith(figure.text, figure.offset), figure.id).toBe(true)
    }
  })
})

describe('the whole corpus', () => {
  it('reads full-width digits as figures (the 2010 State Council report writes ２００９年)', () => {
    const { report } = read('2010-guowuyuan.txt')
    const figures = report.parts.flatMap((part) => part.sections.flatMap((section) => section.cards.flatMap((card) => card.figures)))
    expect(figures.length).toBeGreaterThan(50)
    expect(figures.some((figure) => figure.unit === '%' && figure.value > 0)).toBe(true)
    expect(report.parts[0]?.heading).toBe('一、2009年工作回顾')
  })

  it('finds a card\'s section and part by its id in any part (plan2, goals, government, notes)', () => {
    const { report } = read('2015-guowuyuan.txt')
    for (const card of cardsInOrder(report)) {
      const section = sectionOf(report, card.id)
      expect(section?.cards.includes(card), card.id).toBe(true)
      expect(partOf(report, card.id)?.sections.includes(section as Section), card.id).toBe(true)
    }
    expect(sectionIdOf('plan2-1-14')).toBe('plan2-1')
    expect(partOf(report, 'plan2-1-14')?.title).toBe('把改革开放扎实推向纵深')
  })

  it('reads a sentence a report splits differently the same way on both sides', () => {
    // The rebuild must fail when a sentence is lost: drop one card's last item and compare.
    const { report } = read('2026-gansu-province.txt')
    const card = report.parts[2]?.sections[0]?.cards[0]
    card?.items.pop()
    expect(rebuildSentences(report)).not.toEqual(sourceSentences(textLines(corpusText('2026-gansu-province.txt'))))
    expect(splitSentences('一。二！三').length).toBe(3)
  })
})
