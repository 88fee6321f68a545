/**
 * Key figures: every quantity with a unit in a sentence, with what it counts.
 *
 * Rules (see issue 3):
 * - A figure is an Arabic number followed by a unit from UNITS. Dates, years,
 *   months, ages and line numbers (2022年, 1-6月, 4月6日, 60周岁, 5号线) are
 *   not figures because 年/月/日/周岁/号线 are not units.
 * - Names and codes are not figures: anything inside quotation marks
 *   (“12345”, “1+N”, “333工作标准”, “15条硬措施”, “15分钟医保服务圈”), a number
 *   glued to Latin letters (PM2.5), and either end of a range (1-4人出租房).
 *   Numbers written in Chinese words (八五, 五个村) are prose, not figures.
 * - approx is true for 约 before the number, 余/多 after it, and 以上 after the
 *   unit: 以上 is a lower bound, so the exact value is not known either.
 * - text is the quantity as written from the number on (300余万元, 96%以上);
 *   a leading 约 is not part of it. value is the number in the unit written:
 *   11.5 with unit 万人.
 * - 同比增长/下降 N% is not a figure: it is the change of the figure before it.
 * - The label stands after the number when a noun follows the unit
 *   (9轮次全员核酸检测 → 全员核酸检测), otherwise before it, without the verb
 *   and filler words around it (完成地区生产总值45.2亿元 → 地区生产总值).
 */
import type { FigureChange } from './types'

export interface FoundFigure {
  text: string
  value: number
  unit: string
  label: string
  approx: boolean
  change?: FigureChange
  /** Where text starts in the sentence (UTF-16 index) */
  offset: number
}

export const UNITS: readonly string[] = [
  '吨/月·平方公里', '微克/立方米', '平方公里', '平方米', '立方米', '公里',
  '万美元', '美元', '万元', '亿元', '元', '万人', '人次', '家次', '场次', '轮次',
  '%', '㎡', '亩', '吨', '个', '张', '条', '名', '家', '项', '户', '套', '本', '起',
  '处', '宗', '件', '人', '次', '份', '场', '座', '期', '类', '台', '辆', '所', '批',
].sort((a, b) => b.length - a.length)

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)([余多])?(${UNITS.map(escape).join('|')})(以上)?`, 'g')
const CHANGE = /同比(增长|上升|提高|下降|减少|降低)$/
const DELIMITER = /[，。；：、（）！？]/

/** Verbs that stand between a label and the action around it. */
const VERBS = [
  '完成', '设置', '推广', '接收', '建成', '开展', '申报', '入选', '认定', '签订', '洽谈', '发放',
  '整改', '清理', '发现', '拆除', '排查', '检查', '存在', '实施', '接到', '发布', '召开', '举办',
  '汇总', '调处', '交办', '上报', '实现', '接待', '制定', '入住',
]
/** Words that end a label standing after the number. */
const AFTER_STOPS = [...VERBS, '办理', '新建', '正在', '已', '被', '均', '和', '共', '的']
/** Words before the number that are not part of the label. */
const TRAILING = ['共计', '累计', '达到', '达', '为', '是', '的', '共']
const LEADING = ['半年来', '半年内', '今年以来', '截至目前', '目前', '其中', '全镇', '镇村两级', '累计', '共计', '共', '已', '成功', '办理']
/** Labels that name an attribute of the thing counted just before (…15宗，面积17.3亩). */
const ATTRIBUTES = ['面积']
/** A character after the unit that means the label is not after the number. */
const NOT_A_LABEL_AFTER = /^[外的以之]/

interface Token {
  start: number
  end: number
  figure: FoundFigure
}

export function findFigures(sentence: string): FoundFigure[] {
  const tokens: Token[] = []
  for (const m of sentence.matchAll(QUANTITY)) {
    const start = m.index
    const end = start + m[0].length
    const before = sentence.slice(0, start)
    if (/[0-9A-Za-z.\-+－~～]$/.test(before) || insideQuotes(before)) continue
    const value = Number(m[1])
    const unit = m[3] ?? ''
    const change = CHANGE.exec(before)
    const previous = tokens[tokens.length - 1]
    if (change && unit === '%' && previous && !previous.figure.change) {
      const down = ['下降', '减少', '降低'].includes(change[1] ?? '')
      previous.figure.change = { direction: down ? 'down' : 'up', percent: value }
      previous.end = end
      continue
    }
    const approx = before.endsWith('约') || m[2] !== undefined || m[4] !== undefined
    tokens.push({ start, end, figure: { text: m[0], value, unit, label: '', approx, offset: start } })
  }
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1]
    const next = tokens[i + 1]
    let label = labelAfter(sentence, token.start + token.figure.text.length, next?.start ?? sentence.length)
    if (!label) {
      const from = Math.max(clauseStart(sentence, token.start), previous?.end ?? 0)
      label = labelBefore(sentence.slice(from, token.start))
    }
    if (ATTRIBUTES.includes(label) && previous) label = previous.figure.label + label
    token.figure.label = label
  })
  return tokens.map((t) => t.figure)
}

function insideQuotes(before: string): boolean {
  const opened = (before.match(/[“「]/g) ?? []).length
  const closed = (before.match(/[”」]/g) ?? []).length
  return opened > closed
}

function clauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (DELIMITER.test(sentence[i] ?? '')) return i + 1
  return 0
}

function labelAfter(sentence: string, from: number, limit: number): string {
  const rest = sentence.slice(from, limit)
  if (!/^[\p{Script=Han}“]/u.test(rest) || NOT_A_LABEL_AFTER.test(rest)) return ''
  const delimiter = rest.search(DELIMITER)
  const window = delimiter >= 0 ? rest.slice(0, delimiter) : rest
  const endedByAnotherFigure = delimiter < 0 && limit < sentence.length
  let stop = window.length
  for (const word of AFTER_STOPS) {
    const at = window.indexOf(word, 1)
    if (at > 0 && at < stop) stop = at
  }
  const short = window.slice(0, stop)
  // Too short to say what is counted (项目, 企业): keep the clause's own words.
  return (short.length < 3 && !endedByAnotherFigure ? window : short).trim()
}

function labelBefore(segment: string): string {
  let text = segment.replace(/\s+/g, '').replace(/约$/, '')
  for (let changed = true; changed; ) {
    changed = false
    for (const word of TRAILING) {
      if (text.endsWith(word) && text.length > word.length) {
        text = text.slice(0, -word.length)
        changed = true
      }
    }
  }
  return stripLeading(afterLastVerb(text))
}

/** The noun phrase after the last verb, or the verb with it when the noun alone is too short. */
function afterLastVerb(text: string): string {
  const verbs: Array<{ at: number; verb: string }> = []
  for (const verb of VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length)) verbs.push({ at, verb })
  }
  verbs.sort((a, b) => b.at - a.at)
  for (const { at, verb } of verbs) {
    const noun = text.slice(at + verb.length)
    if (noun.length >= 3 && !VERBS.some((v) => noun.startsWith(v))) return noun
    if (text.length - at >= 4) return text.slice(at)
  }
  return text
}

function stripLeading(text: string): string {
  for (let changed = true; changed; ) {
    changed = false
    for (const word of LEADING) {
      if (text.startsWith(word) && text.length > word.length) {
        text = text.slice(word.length)
        changed = true
      }
    }
  }
  return text
}
