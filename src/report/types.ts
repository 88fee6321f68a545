/**
 * The report as typed data. These names and fields are the contract that the
 * app, the suggestions and the share cards build on (issue 3). Fields may be
 * added; none may be renamed.
 *
 * All text carries canonical full-width punctuation (，：；（）！), whatever
 * width the delivered text used (see punctuation.ts).
 */

export type PartId = 'review' | 'plan'

export interface ReportMeta {
  /** e.g. 政府工作报告 */
  title: string
  /** e.g. 牛塘镇第五届人民代表大会第二次会议 */
  meeting: string
  /** ISO date, "2022-07-14" */
  date: string
  /** The speaker's name without the typographic space: 汤枫 */
  speaker: string
}

export interface FigureChange {
  direction: 'up' | 'down'
  percent: number
}

export interface Figure {
  /** Stable, readable id: the card's id and the figure's place in it, e.g. "review-2-1-f3" */
  id: string
  /** The quantity as written from the number on, e.g. "11.5万人", "6019家次", "300余万元", "96%以上" */
  text: string
  /** The number in the unit written: 11.5 for "11.5万人" */
  value: number
  /** The unit as written: "万人", "亿元", "%", "家次", "吨/月·平方公里" */
  unit: string
  /** What is counted, in the report's words */
  label: string
  /** True for 约 before the number, 余/多 after it, and 以上 (a lower bound) */
  approx: boolean
  /** The year-on-year change that qualifies this figure (同比增长/下降 N%) */
  change?: FigureChange
  /** Index into the card's items of the sentence holding the figure */
  item: number
  /** Where text starts in that item (UTF-16 index) */
  offset: number
}

export interface Card {
  /** Stable, readable id, e.g. "review-2-3"; deep links and suggestions point at it */
  id: string
  /** The theme sentence without its full stop */
  title: string
  /** The card's sentences, each one achievement or one goal, in order, with their full stops */
  items: string[]
  figures: Figure[]
}

export interface Section {
  /** e.g. "review-2" */
  id: string
  /** 1-based */
  number: number
  /** e.g. 负压前行，疫情防控筑牢内外屏障 (without the number and full stop) */
  headline: string
  /** e.g. 负压前行 */
  slogan: string
  /** e.g. 疫情防控筑牢内外屏障 */
  topic: string
  cards: Card[]
}

export type ParagraphKind = 'other-work' | 'thanks' | 'shortcomings' | 'closing'

export interface Paragraph {
  /** e.g. "review-thanks" */
  id: string
  kind: ParagraphKind
  title: string
  text: string
}

export interface Part {
  id: PartId
  title: string
  intro: string
  sections: Section[]
  after: Paragraph[]
}

export interface Report {
  meta: ReportMeta
  opening: string[]
  parts: Part[]
}
