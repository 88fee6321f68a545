/**
 * The report as typed data. These names and fields are the contract that the
 * app, the suggestions and the share cards build on (issue 3). Fields may be
 * added; none may be renamed.
 *
 * All text carries canonical full-width punctuation (，：；（）！), whatever
 * width the delivered text used (see punctuation.ts).
 */

/**
 * What a part of the report is: the review of the past period, the goals of a
 * longer period (“十五五”时期的主要目标任务), the plan (this year's or the next
 * half's work), the government's own conduct (政府自身建设), and notes or
 * appendices after the closing (注释, 附件).
 */
export type PartKind = 'review' | 'goals' | 'plan' | 'government' | 'notes'

/**
 * A part's id is its kind; a second part of the same kind gets a number
 * (plan, plan2, plan3: the 2015 State Council report has four plan chapters).
 * Card ids start with it, so it never changes for a report once published.
 */
export type PartId = PartKind | `${PartKind}${number}`

export interface ReportMeta {
  /** e.g. 政府工作报告 */
  title: string
  /** e.g. 牛塘镇第五届人民代表大会第二次会议 */
  meeting: string
  /** ISO date, "2022-07-14" */
  date: string
  /** The speaker's name without the typographic space: 汤枫 */
  speaker: string
  /** The speaker's office when the line gives one: 国务院总理, 福建省人民政府省长 */
  speakerTitle?: string
  /** The lines before the dateline as written, wire line included (「2010年国务院政府工作报告」, 「政 府 工 作 报 告」), when there are any */
  titleLines?: string[]
  /** The wire line of a news release: 新华社北京3月15日电 */
  wire?: string
  /** The dateline as written, when it is not ——{date}在{meeting}上 in ASCII digits (二〇二六年一月二十七日…) */
  dateline?: string
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
  /** The theme sentence without its full stop (and without a leading —— or 一是); or, see fromParagraph, a short title taken from the first sentence */
  title: string
  /** The card's sentences, each one achievement or one goal, in order, with their full stops */
  items: string[]
  figures: Figure[]
  /** The theme sentence as written, when it is not title + 。 (「——这是…的五年。」, 「一要加快…。」, 「…！」) */
  theme?: string
  /** True when the paragraph had no theme sentence: the title is made from its first sentence, which stays in items */
  fromParagraph?: true
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
  /** The section's number as the report writes it: 一、 or （一） or 一是; empty for a part without numbered sections */
  label?: string
  /** The heading as written (label, headline, end mark), when it is not label + headline + 。 */
  heading?: string
  /** True when text follows the heading in its paragraph (「一、负压前行，…。指挥动员迅速有力。…」) */
  inline?: boolean
  /** Paragraphs before the section's first card that are no card themselves (joined with a line break) */
  lead?: string
  /** The number of the group (part.groups) this section stands under, in a report with three levels */
  group?: number
}

/** A 「一、」 heading over 「（一）」 sections (three levels, e.g. the 2026 内蒙古 report's plan). */
export interface SectionGroup {
  number: number
  /** 一、 */
  label: string
  headline: string
  /** The heading line as written */
  heading: string
  /** Paragraphs between the heading and the first section (joined with a line break) */
  intro: string
}

/**
 * After a part's sections: other work (此外…), a look back (回顾过去五年…), thanks,
 * shortcomings, the closing; and remarks, the paragraphs the parser could place
 * after the sections but not name (the import lists each as a doubt).
 */
export type ParagraphKind = 'other-work' | 'summary' | 'thanks' | 'shortcomings' | 'closing' | 'remarks'

export interface Paragraph {
  /** e.g. "review-thanks"; a second paragraph of the same kind in a part: "review-thanks-2" */
  id: string
  kind: ParagraphKind
  title: string
  /** The paragraph; a lone 「各位代表！」 line before it is kept at its head, with a line break */
  text: string
}

export interface Part {
  id: PartId
  title: string
  /** The intro paragraphs before the first section, joined with a line break (most reports have one) */
  intro: string
  sections: Section[]
  after: Paragraph[]
  kind?: PartKind
  /** 1 for 「一、2018年工作回顾」; absent for an unnumbered part title */
  number?: number
  /** The heading line(s) as written, when not just the title (「一、…」, 「附件」 + 「2026年自治区民生实事」) */
  heading?: string
  /** The 「一、」 groups over the sections, in a report with three levels */
  groups?: SectionGroup[]
}

export interface Report {
  meta: ReportMeta
  opening: string[]
  parts: Part[]
}
