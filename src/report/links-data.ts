/**
 * Reviewed data: what the first half did (上半年工作回顾) tied to what the
 * second half will do (下半年主要工作任务). Read against the report text;
 * tests check that every id exists and that every section is tied both ways.
 * Keep it here, not in components, so a reviewer can read it in one place.
 */

/** Each review section and the plan section(s) of the same field. */
export const SECTION_LINKS: ReadonlyArray<{ review: string; plan: readonly string[] }> = [
  { review: 'review-1', plan: ['plan-5'] }, // 疫情防控 → 协同并进 (疫情防控慎终如始)
  { review: 'review-2', plan: ['plan-1'] }, // 经济发展 → 产业高质量发展
  { review: 'review-3', plan: ['plan-2'] }, // 城乡融合 → 城乡高水平融合
  { review: 'review-4', plan: ['plan-3'] }, // 生态环境 → 生态高颜值底色
  { review: 'review-5', plan: ['plan-4'] }, // 民生事业 → 人民高品质生活
  { review: 'review-6', plan: ['plan-5'] }, // 社会治理 → 社会高效能治理
  { review: 'review-7', plan: ['plan-6'] }, // 作风效能 → 服务高效能政府
]

/**
 * Card pairs that are clearly about the same work; the note names the common
 * thread as the report words it.
 */
export const CARD_LINKS: ReadonlyArray<{ review: string; plan: string; note: string }> = [
  { review: 'review-1-1', plan: 'plan-5-2', note: '疫情防控' },
  { review: 'review-1-2', plan: 'plan-5-2', note: '中高风险地区人员排查' },
  { review: 'review-1-3', plan: 'plan-5-2', note: '疫苗接种、便民核酸检测点' },
  { review: 'review-2-1', plan: 'plan-1-1', note: '经济运行' },
  { review: 'review-2-2', plan: 'plan-1-2', note: '项目招引和建设' },
  { review: 'review-2-3', plan: 'plan-1-1', note: '专精特新、智改数转、股改上市' },
  { review: 'review-2-4', plan: 'plan-1-3', note: '高新技术企业、江理工技术转移中心' },
  { review: 'review-2-5', plan: 'plan-1-4', note: '白家园区、漕溪孵化器、上方产业园' },
  { review: 'review-3-1', plan: 'plan-2-1', note: '规划、江理工新校区南部片区' },
  { review: 'review-3-2', plan: 'plan-2-2', note: '片区更新、安置房办证、桥梁' },
  { review: 'review-3-2', plan: 'plan-2-3', note: '人民西路专项整治提升' },
  { review: 'review-3-3', plan: 'plan-2-3', note: '长效管理、横溪路示范点、“两违”' },
  { review: 'review-4-1', plan: 'plan-3-1', note: '“危污乱散低”出清' },
  { review: 'review-4-2', plan: 'plan-3-2', note: '督察整改、小微水体、大气治理' },
  { review: 'review-4-3', plan: 'plan-3-3', note: '网格化监管、环境信访、河长制' },
  { review: 'review-5-1', plan: 'plan-4-1', note: '“四查一帮扶”、弱势群体帮扶' },
  { review: 'review-5-1', plan: 'plan-5-1', note: '丫河村“幸福家园”村社互助' },
  { review: 'review-5-2', plan: 'plan-4-2', note: '学校、卫生院、职工服务中心' },
  { review: 'review-5-2', plan: 'plan-4-1', note: '民生实事、退役军人优待证' },
  { review: 'review-5-3', plan: 'plan-4-1', note: '创业就业' },
  { review: 'review-6-1', plan: 'plan-5-1', note: '警网融合、援法议事、网格化、长虹花苑' },
  { review: 'review-6-2', plan: 'plan-5-3', note: '“15条硬措施”、“三年大灶”、应急管理' },
  { review: 'review-6-3', plan: 'plan-4-3', note: '道德讲堂、文化活动' },
  { review: 'review-7-1', plan: 'plan-6-1', note: '接受人大监督、政务公开' },
  { review: 'review-7-2', plan: 'plan-6-2', note: '“小牛办”政务服务' },
  { review: 'review-7-3', plan: 'plan-6-3', note: '压缩一般性支出、纠治“四风”' },
]

/**
 * A goal that names a quantity beside the first half's progress on the same
 * thing: figure ids of both, and a short caption of what is counted.
 */
export const PROGRESS_LINKS: ReadonlyArray<{ caption: string; done: string; goal: string }> = [
  // 完成34条小微水体的综合治理 / 继续推进计划内剩余35条小微水体的综合治理
  { caption: '小微水体综合治理', done: 'review-4-2-f3', goal: 'plan-3-2-f1' },
  // 46套安置房不动产证集中登记 / 年内完成1364套安置房的初始登记和分割发证
  { caption: '安置房不动产登记', done: 'review-3-2-f3', goal: 'plan-2-2-f1' },
  // 检查名单内企业293家 / 全面完成网格化监管名单内567家企业隐患排查
  { caption: '网格化监管名单内企业', done: 'review-4-3-f1', goal: 'plan-3-3-f1' },
]
