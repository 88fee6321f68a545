/**
 * A reviewed override file beside a report's text (FILE.overrides.json) lets a
 * secretary fix what the parser read wrong without touching code: a line that
 * is (or is not) a heading, the kind of a paragraph after the sections, how a
 * paragraph splits into cards, a figure's label. Every entry names its line
 * and the words the line starts with, so an entry that no longer matches the
 * text is reported as stale instead of changing the wrong line.
 */
import { z } from 'zod'

const PART_KINDS = ['review', 'goals', 'plan', 'government', 'notes'] as const
const PARAGRAPH_KINDS = ['other-work', 'summary', 'thanks', 'shortcomings', 'closing', 'remarks'] as const

const lineRef = {
  /** 1-based line number in the text file */
  line: z.number().int().positive(),
  /** The first words of that line as written, to catch a stale entry */
  starts: z.string().min(2),
  /** Why (for the next reviewer) */
  reason: z.string().optional(),
}

export const overridesSchema = z
  .object({
    headings: z
      .array(
        z
          .object({
            ...lineRef,
            /** part: a part title; section: a section starts here; text: not a heading at all */
            as: z.enum(['part', 'section', 'text']),
            /** For a part: what it is */
            kind: z.enum(PART_KINDS).optional(),
            /** For a section that starts at a paragraph with no heading of its own: the title to show */
            title: z.string().min(2).optional(),
          })
          .strict(),
      )
      .optional(),
    paragraphs: z
      .array(z.object({ ...lineRef, kind: z.enum(PARAGRAPH_KINDS) }).strict())
      .optional(),
    cards: z
      .array(
        z
          .object({
            ...lineRef,
            /** one: the paragraph is one card; themes: a card at every theme sentence in it */
            split: z.enum(['one', 'themes']).optional(),
            /** Or: a card opens at each sentence starting with these words (what comes before is the section's lead) */
            at: z.array(z.string().min(2)).min(1).optional(),
          })
          .strict()
          .refine((entry) => (entry.split === undefined) !== (entry.at === undefined), { message: '每条卡片修正写 split 或 at，二者只写一个' }),
      )
      .optional(),
    /** How the app names the report where the text does not say it (see report-wording.ts) */
    app: z
      .object({
        /** Letters before the year in suggestion receipts: NT → NT-2022-0007 */
        placeCode: z.string().regex(/^[A-Z]{1,6}$/, '须为 1 至 6 个大写字母'),
        /** Who reports, when the meeting's name does not give it: 牛塘镇 */
        place: z.string().min(2),
        /** The 数说 figures, by figure id, when a reviewer chose them (otherwise chosen by rule) */
        highlights: z.array(z.string()).min(1),
      })
      .partial()
      .strict()
      .optional(),
    figureLabels: z
      .array(z.object({ card: z.string(), text: z.string(), label: z.string().min(1), reason: z.string().min(4) }).strict())
      .optional(),
  })
  .strict()

export type ReportOverrides = z.infer<typeof overridesSchema>
export type HeadingOverride = NonNullable<ReportOverrides['headings']>[number]
export type ParagraphOverride = NonNullable<ReportOverrides['paragraphs']>[number]
export type CardSplitOverride = NonNullable<ReportOverrides['cards']>[number]
export type AppSettings = NonNullable<ReportOverrides['app']>

/** Checks an override file's JSON; the error says in Chinese which entry is wrong. */
export function readOverrides(json: string): ReportOverrides {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (error) {
    throw new Error(`修正文件不是有效的 JSON：${(error as Error).message}`)
  }
  const parsed = overridesSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`修正文件格式不对：${issue ? `${issue.path.join('.') || '（顶层）'}：${issue.message}` : '未知错误'}`)
  }
  return parsed.data
}
