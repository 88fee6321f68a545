/**
 * Reviewed list of the words people use for the report's terms (abbreviations,
 * everyday words, English). A query word that is one of a group's `words`
 * also finds the group's `finds`; `both` groups work in both directions.
 * Every `finds` term occurs in the report (a unit test checks it), so a synonym
 * never leads to an empty page. Keep entries short, checked against the text.
 */
export interface SynonymGroup {
  /** What a reader may type */
  words: readonly string[]
  /** The report's own terms that those words mean */
  finds: readonly string[]
  /** The report's terms also find the words (e.g. 疫苗 ↔ 接种) */
  both?: boolean
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  { words: ['gdp', '生产总值', '经济总量'], finds: ['地区生产总值'] },
  { words: ['规上'], finds: ['规模以上'], both: true },
  { words: ['固投', '固定投资'], finds: ['固定资产投资'] },
  { words: ['限上'], finds: ['限额以上'] },
  { words: ['社零', '零售', '消费品零售'], finds: ['批零住餐', '消费品'] },
  { words: ['疫苗'], finds: ['接种'], both: true },
  { words: ['新冠', '防疫'], finds: ['疫情'] },
  { words: ['核酸检测', '做核酸'], finds: ['核酸'] },
  { words: ['反诈', '电诈'], finds: ['诈骗'], both: true },
  { words: ['空气', '空气质量', 'pm2.5'], finds: ['优良天数', 'PM2.5'] },
  { words: ['环境保护'], finds: ['环保'], both: true },
  { words: ['养老', '老人'], finds: ['老年人', '养老'], both: true },
  { words: ['招商'], finds: ['招引'], both: true },
  { words: ['创业', '双创'], finds: ['创业'] },
  { words: ['河道', '河长'], finds: ['河长制', '河道', '水体'] },
  { words: ['减税', '降费', '退税'], finds: ['减税降费'] },
  { words: ['上访'], finds: ['信访'] },
]

/** Lower-cased, so the table can be matched against normalised query words. */
const normalise = (word: string) => word.toLowerCase()

/** The other words a query word stands for (without the word itself), in the list's order. */
export function synonymsOf(word: string): string[] {
  const wanted = normalise(word)
  const found: string[] = []
  for (const group of SYNONYM_GROUPS) {
    const words = group.words.map(normalise)
    const finds = group.finds.map(normalise)
    if (words.includes(wanted)) found.push(...finds)
    if (group.both && finds.includes(wanted)) found.push(...words)
  }
  return [...new Set(found)].filter((other) => other !== wanted)
}
