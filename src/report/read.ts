/**
 * Any 政府工作报告 as plain text → the report as data, with the parser's
 * doubts. Pure and deterministic: no file system, no Taro. Nothing is dropped
 * or invented: every sentence lands in exactly one place, in reading order
 * (checked at the end, see rebuild.ts). parse.ts is the strict form the app's
 * build uses; `npm run report:import` shows the doubts to a secretary.
 *
 * How a report is read (the corpus in content/corpus/SOURCES.md shows each):
 * - header: title and wire lines, the dateline, the speaker (header.ts);
 * - the opening: 「各位代表：」 and what follows up to the first part title;
 * - parts: numbered (「一、2018年工作回顾」) or not (「2022年上半年工作回顾」);
 *   notes or an appendix after the closing (「注释：」, 「附件」) as a part of
 *   their own;
 * - sections under a part: 「一、」 (when parts are unnumbered) or 「（一）」,
 *   both (three levels: 「一、」 groups over 「（一）」 sections), or, in a part
 *   with neither, 「一是…」 paragraphs that lead further paragraphs; a part
 *   with no numbered sections gets sections split at its lead-in lines
 *   (「五年来主要做了以下工作。」);
 * - cards: a paragraph opening with a theme sentence is one card; a section
 *   whose whole text is one paragraph opening with a theme (牛塘) gets a card
 *   at every theme; paragraphs without a theme are cards of their own after
 *   the first themed one, and the section's lead before it;
 * - after the sections: other work, summaries, thanks, shortcomings and the
 *   closing, by what they say (paragraph-kinds.ts).
 */
import type { Card, Figure, Paragraph, ParagraphKind, Part, PartId, PartKind, Report, ReportMeta, Section, SectionGroup } from './types'
import { type Doubt, doubt, quote } from './doubts'
import { findFigures } from './figures'
import { readHeader } from './header'
import { isHeadingOnly, isNotesHeading, isUnnumberedPartTitle, levelOne, levelTwo, type NumberedHeading, PART_KIND_NAMES, partKindByPlace, partKindOfTitle } from './headings'
import { chineseNumber, chineseNumeral } from './numerals'
import type { CardSplitOverride, HeadingOverride, ParagraphOverride, ReportOverrides } from './overrides'
import { ADDRESS, isOtherField, LONE_ADDRESS, PARAGRAPH_TITLES, paragraphKind } from './paragraph-kinds'
import { rebuildSentences, sourceSentences } from './rebuild'
import { splitSentences, withoutStop } from './sentences'
import { type TextLine, hasLostSpace, textLines, UnreadableText } from './text-lines'
import { isLeadIn, looksLikeParagraphTheme, looksLikeStrictTheme, looksLikeTheme, markerOf, titleFromSentence, withoutMarker } from './themes'

export { UnreadableText }

export interface FigureLabelFix {
  card: string
  text: string
  label: string
}

export interface ReadResult {
  report: Report
  doubts: Doubt[]
}

/** A paragraph of the body with its line (a lone 「各位代表！」 joined to the paragraph after it). */
interface Block {
  line: number
  text: string
}

/** A card holding more sentences than this is worth a look: the section may want splitting. */
const LONG_CARD = 30

/**
 * Reads a report's text. Throws UnreadableText when it is no report text at
 * all; anything else it is unsure of comes back as doubts. builtInFixes gives
 * the reviewed figure labels kept in code for a report (by its meta).
 */
export function readReport(
  text: string,
  overrides: ReportOverrides = {},
  builtInFixes: (meta: ReportMeta) => readonly FigureLabelFix[] = () => [],
): ReadResult {
  const lines = textLines(text)
  const reader = new Reader(lines, overrides, builtInFixes)
  const report = reader.read()
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  rawLines.forEach((raw, i) => {
    if (hasLostSpace(raw)) {
      reader.doubts.push(
        doubt(i + 1, 'lost-space', `这一行的「?」读作空格（多半是转码时丢了一个空格）：${quote(raw.trim())}`, '核对原文；如确是问号，请改回全角「？」。', 'a ? read as a lost space'),
      )
    }
  })
  const rebuilt = rebuildSentences(report)
  const expected = sourceSentences(lines)
  const at = firstDifference(rebuilt, expected)
  if (at >= 0) {
    const line = lines.find((l) => l.text.replace(/\s+/g, '').includes((expected[at] ?? '').slice(0, 8)))?.number ?? 1
    reader.doubts.push(
      doubt(line, 'lost-text', `读出的结构与原文对不上（从这句起）：${quote(expected[at] ?? rebuilt[at] ?? '')}`, '这是解析程序的问题，请把这份文本交给开发人员。', `text lost or moved at sentence ${at + 1}: ${expected[at] ?? rebuilt[at]}`),
    )
  }
  reader.doubts.sort((a, b) => a.line - b.line)
  return { report, doubts: reader.doubts }
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i
  return -1
}

class Reader {
  readonly doubts: Doubt[] = []
  private readonly partIdCounts = new Map<PartKind, number>()
  private readonly headingOverrides: Map<number, HeadingOverride>
  private readonly paragraphOverrides: Map<number, ParagraphOverride>
  private readonly cardOverrides: Map<number, CardSplitOverride>
  private readonly usedFigureFixes = new Set<FigureLabelFix>()
  private readonly paragraphLines = new WeakMap<Paragraph, number>()
  private figureFixes: readonly FigureLabelFix[]

  constructor(
    private readonly lines: readonly TextLine[],
    overrides: ReportOverrides,
    private readonly builtInFixes: (meta: ReportMeta) => readonly FigureLabelFix[],
  ) {
    this.figureFixes = overrides.figureLabels ?? []
    this.headingOverrides = this.byLine(overrides.headings ?? [], '标题')
    this.paragraphOverrides = this.byLine(overrides.paragraphs ?? [], '段落')
    this.cardOverrides = this.byLine(overrides.cards ?? [], '卡片拆分')
  }

  /** Override entries by line; an entry whose line no longer starts with its words is stale and left out. */
  private byLine<T extends { line: number; starts: string }>(entries: readonly T[], what: string): Map<number, T> {
    const map = new Map<number, T>()
    for (const entry of entries) {
      const line = this.lines.find((l) => l.number === entry.line)
      const starts = entry.starts.replace(/\s+/g, '')
      if (!line || !line.text.replace(/\s+/g, '').startsWith(starts)) {
        this.doubts.push(
          doubt(entry.line, 'stale-override', `修正文件里第 ${entry.line} 行的${what}修正已对不上原文（应以「${entry.starts}」开头${line ? `，现在是${quote(line.text)}` : '，这一行是空的或不存在'}）`, '核对原文后改正或删去这条修正。', `stale override for line ${entry.line}`),
        )
        continue
      }
      map.set(entry.line, entry)
    }
    return map
  }

  read(): Report {
    const lines = this.lines
    const openingAt = lines.findIndex((line) => /^各位代表[：，！]?/.test(line.text))
    if (openingAt < 0) {
      throw new UnreadableText('找不到称呼「各位代表：」：这不像一篇政府工作报告的全文。请检查文件是否放对、是否完整。')
    }
    const header = readHeader(lines.slice(0, openingAt))
    this.figureFixes = [...this.builtInFixes(header.meta), ...this.figureFixes]
    if (header.problem || openingAt < 2) {
      this.doubts.push(
        doubt(header.problem?.line ?? 1, 'dateline', '开头读不出日期行和报告人（应为「——2022年7月14日在……会议上」，下一行是报告人）', '在「各位代表：」之前补上日期行和报告人一行。', 'expected a dateline and the speaker before 「各位代表」'),
      )
    }
    const body = lines.slice(openingAt)
    const starts = this.partStarts(body)
    const opening = body.slice(0, starts[0]?.at ?? body.length).map((line) => line.text)
    const parts: Part[] = []
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.at ?? body.length
      parts.push(...this.readPart(body.slice(start.at, end), start, parts.length, i === starts.length - 1 || starts[i + 1]?.notes === true))
    })
    this.markClosing(parts)
    for (const fix of this.figureFixes) {
      if (!this.usedFigureFixes.has(fix)) {
        this.doubts.push(doubt(1, 'stale-override', `数字标签修正对不上：卡片 ${fix.card} 里没有「${fix.text}」`, '核对后改正或删去这条修正。', `stale figure label override ${fix.card} ${fix.text}`))
      }
    }
    return { meta: header.meta, opening, parts }
  }

  // ---- parts -------------------------------------------------------------

  private headingRole(line: TextLine): HeadingOverride['as'] | undefined {
    return this.headingOverrides.get(line.number)?.as
  }

  /** Where each part starts in the body (after the opening), and how. */
  private partStarts(body: readonly TextLine[]): Array<{ at: number; numbered: boolean; notes: boolean }> {
    const starts: Array<{ at: number; numbered: boolean; notes: boolean }> = []
    const firstTitle = body.findIndex((line, i) => i > 0 && this.headingRole(line) !== 'text' && (this.isNumberedPartTitle(line.text, 1) || isUnnumberedPartTitle(line.text) || this.headingRole(line) === 'part'))
    const numbered = firstTitle > 0 && this.isNumberedPartTitle(body[firstTitle]?.text ?? '', 1) && this.headingRole(body[firstTitle] as TextLine) !== 'part'
    let expected = 1
    for (let i = 1; i < body.length; i++) {
      const line = body[i] as TextLine
      const role = this.headingRole(line)
      if (role === 'text') continue
      if (isNotesHeading(line.text) && starts.length > 0) {
        starts.push({ at: i, numbered: false, notes: true })
        break
      }
      const isPart = role === 'part' || (numbered ? this.isNumberedPartTitle(line.text, expected) : isUnnumberedPartTitle(line.text))
      if (!isPart) continue
      starts.push({ at: i, numbered, notes: false })
      if (numbered) expected++
    }
    return starts
  }

  private isNumberedPartTitle(text: string, expected: number): boolean {
    const heading = levelOne(text)
    return heading !== undefined && heading.number === expected && isHeadingOnly(heading.rest)
  }

  private nextPartId(kind: PartKind): PartId {
    const count = (this.partIdCounts.get(kind) ?? 0) + 1
    this.partIdCounts.set(kind, count)
    return count === 1 ? kind : `${kind}${count}`
  }

  /** One part (or, where section numbers start again without a part title, two). */
  private readPart(lines: readonly TextLine[], start: { numbered: boolean; notes: boolean }, index: number, isLast: boolean): Part[] {
    const [titleLine, ...rest] = lines as [TextLine, ...TextLine[]]
    if (start.notes) return [this.readNotes(titleLine, rest)]
    const override = this.headingOverrides.get(titleLine.number)
    const numberedHeading = start.numbered ? levelOne(titleLine.text) : undefined
    const title = numberedHeading ? numberedHeading.rest : titleLine.text
    const blocks = joinAddresses(rest)
    const { blocks: own, restart } = this.splitAtRestart(blocks, !start.numbered)
    const intro = this.introOf(own)
    const titleKind = override?.kind ?? partKindOfTitle(title)
    const kind = titleKind ?? partKindByPlace(index, intro[0]?.text ?? '')
    if (!titleKind) {
      this.doubts.push(
        doubt(titleLine.number, 'part-kind-guessed', `部分标题${quote(title, 24)}没有说明是回顾、目标还是工作安排，按位置和开头读作「${PART_KIND_NAMES[kind]}」`, `如不对，在修正文件 headings 里为第 ${titleLine.number} 行写明 kind。`, `part kind guessed as ${kind}`),
      )
    }
    const id = this.nextPartId(kind)
    const part: Part = {
      id,
      title,
      intro: intro.map((b) => b.text).join('\n'),
      sections: [],
      after: [],
      kind,
      ...(numberedHeading ? { number: numberedHeading.number, heading: titleLine.text } : {}),
    }
    this.readSections(part, own.slice(intro.length), !start.numbered, isLast && !restart)
    if (!restart) return [part]
    // The text after a missing part title: a part of its own, untitled (its doubt blocks publishing).
    const untitled = [{ number: restart[0]?.line ?? 0, text: '' }, ...restart.map((b) => ({ number: b.line, text: b.text }))]
    return [part, ...this.readPart(untitled, { numbered: false, notes: false }, index + 1, isLast)]
  }

  /**
   * Section numbers that start again at 一 after the part has had its closing
   * paragraphs mean a part title is missing: the text from there is read as a
   * part of its own, and the doubt blocks publishing.
   */
  private splitAtRestart(blocks: readonly Block[], levelOneSections: boolean): { blocks: Block[]; restart?: Block[] } {
    let highest = 0
    let sawAfter = false
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block
      const heading = this.sectionHeading(block, levelOneSections)
      if (heading && heading.level === 'top') {
        if (heading.number === 1 && highest >= 1 && sawAfter) {
          // The paragraph before the restarted 一 is the missing part's intro, when it is not an after-paragraph.
          const introAt = i > 0 && !paragraphKind(blocks[i - 1]?.text ?? '') ? i - 1 : i
          const partStart = blocks[introAt] as Block
          this.doubts.push(
            doubt(partStart.line, 'missing-part-title', `第 ${block.line} 行的序号又从「一」开始，前面却没有新的部分标题：${quote(block.text)}`, `在第 ${partStart.line} 行${quote(partStart.text, 10)}之前补上部分标题（例如「2023年主要工作任务」），或在修正文件 headings 里把标题行标为 part。`, 'section numbers start again at 一: check the part titles'),
          )
          return { blocks: blocks.slice(0, introAt), restart: blocks.slice(introAt) }
        }
        highest = Math.max(highest, heading.number)
        sawAfter = false
      } else if (highest > 0 && (paragraphKind(block.text) || ADDRESS.test(block.text))) {
        sawAfter = true
      }
    }
    return { blocks: [...blocks] }
  }

  /** The part's intro: what stands before its first section heading. */
  private introOf(blocks: readonly Block[]): Block[] {
    const first = blocks.findIndex((block) => this.sectionHeading(block, true) !== undefined || this.sectionHeading(block, false) !== undefined)
    if (first >= 0 && this.hasNumberedSections(blocks)) return blocks.slice(0, first)
    const ordinals = this.ordinalSections(blocks)
    if (ordinals) return blocks.slice(0, ordinals[0])
    // No numbered sections: the first paragraph (unless a bullet or an ordinal), and the lead-ins after it.
    const intro: Block[] = []
    for (const block of blocks) {
      if (intro.length === 0 && !markerOf(block.text) && !ADDRESS.test(block.text)) intro.push(block)
      else if (intro.length > 0 && isLeadIn(block.text) && intro.length === blocks.indexOf(block)) intro.push(block)
      else break
    }
    return intro
  }

  private hasNumberedSections(blocks: readonly Block[]): boolean {
    return blocks.some((block) => this.sectionHeading(block, true) !== undefined)
  }

  // ---- section headings --------------------------------------------------

  /**
   * A section heading at this block: 「一、」 (top level when parts are
   * unnumbered), 「（一）」 (top level, or second under 「一、」), or a section
   * a heading override starts here.
   */
  private sectionHeading(block: Block, levelOneSections: boolean): (NumberedHeading & { level: 'top' | 'sub' | 'custom'; title?: string }) | undefined {
    const override = this.headingOverrides.get(block.line)
    if (override?.as === 'text') return undefined
    if (override?.as === 'section') {
      const one = levelOne(block.text) ?? levelTwo(block.text)
      if (one) return { ...one, level: 'top' }
      return { number: 0, label: '', rest: block.text, level: 'custom', ...(override.title ? { title: override.title } : {}) }
    }
    const one = levelOneSections ? levelOne(block.text) : undefined
    if (one) return { ...one, level: 'top' }
    const two = levelTwo(block.text)
    if (two) return { ...two, level: 'sub' }
    return undefined
  }

  /** 「一是…」/「第一，…」 paragraphs that each lead further paragraphs act as sections (2015 State Council review). */
  private ordinalSections(blocks: readonly Block[]): number[] | undefined {
    const at: number[] = []
    blocks.forEach((block, i) => {
      const m = /^(?:([一二三四五六七八九十]+)是|第([一二三四五六七八九十]+)，)/.exec(block.text)
      if (m && chineseNumeral(m[1] ?? m[2] ?? '') === at.length + 1) at.push(i)
    })
    if (at.length < 2) return undefined
    const leadsMore = at.some((i, k) => (at[k + 1] ?? blocks.length) - i > 1 && !paragraphKind(blocks[i + 1]?.text ?? '') && !ADDRESS.test(blocks[i + 1]?.text ?? ''))
    return leadsMore ? at : undefined
  }

  // ---- sections ----------------------------------------------------------

  private readSections(part: Part, blocks: readonly Block[], levelOneSections: boolean, isLastPart: boolean): void {
    type Head = { at: number; heading: NumberedHeading & { level: 'top' | 'sub' | 'custom'; title?: string } }
    let heads: Head[] = []
    blocks.forEach((block, at) => {
      const heading = this.sectionHeading(block, levelOneSections)
      if (heading) heads.push({ at, heading })
    })
    if (heads.length === 0) {
      const ordinals = this.ordinalSections(blocks)
      if (ordinals) {
        heads = ordinals.map((at) => {
          const text = blocks[at]?.text ?? ''
          const label = markerOf(text)
          return { at, heading: { number: 0, label, rest: text.slice(label.length), level: 'top' as const } }
        })
      }
    }
    const threeLevels = heads.some((h) => h.heading.level === 'top') && heads.some((h) => h.heading.level === 'sub')
    const afterAt = this.afterStart(part, blocks, heads.length ? (heads[heads.length - 1] as Head).at + 1 : 0, heads.length > 0, isLastPart)
    const bodyEnd = afterAt
    if (heads.length === 0) {
      this.readImplicitSections(part, blocks.slice(0, bodyEnd))
    } else {
      let expectedTop = 1
      let expectedSub = 1
      let group: SectionGroup | undefined
      heads.forEach((head, k) => {
        const end = Math.min(heads[k + 1]?.at ?? bodyEnd, bodyEnd)
        const block = blocks[head.at] as Block
        const bodyBlocks = blocks.slice(head.at + 1, Math.max(end, head.at + 1))
        const { heading } = head
        const isGroup = threeLevels && heading.level === 'top'
        if (heading.label && /[一二三四五六七八九十]/.test(heading.label) && heading.level !== 'custom') {
          const expected = heading.level === 'sub' && threeLevels ? expectedSub : expectedTop
          const number = /[是，]$/.test(heading.label) ? expected : heading.number
          if (number !== expected) {
            this.doubts.push(
              doubt(block.line, 'section-order', `序号「${heading.label}」不接上一个（应为「${chineseNumber(expected)}」）：${quote(block.text)}`, '核对序号；如原文就错，在修正文件 headings 里指明这一行。', `section ${heading.label} out of order in ${part.id}`),
            )
          }
          if (heading.level === 'sub' && threeLevels) expectedSub = number + 1
          else {
            expectedTop = number + 1
            expectedSub = 1
          }
        }
        const nextIsSub = threeLevels && heads[k + 1]?.heading.level === 'sub' && (heads[k + 1]?.at ?? Infinity) < bodyEnd
        if (isGroup && nextIsSub) {
          const parsed = splitHeading(heading.rest)
          group = {
            number: (part.groups?.length ?? 0) + 1,
            label: heading.label,
            headline: parsed.headline,
            heading: `${heading.label}${parsed.written}`,
            intro: [...(parsed.remainder ? [parsed.remainder] : []), ...bodyBlocks.map((b) => b.text)].join('\n'),
          }
          part.groups = [...(part.groups ?? []), group]
          return
        }
        if (isGroup) group = undefined
        this.pushSection(part, block, heading, bodyBlocks, heading.level === 'sub' ? group : undefined)
      })
    }
    part.after = this.afterParagraphs(part, blocks.slice(afterAt))
  }

  private pushSection(
    part: Part,
    block: Block,
    heading: NumberedHeading & { level: 'top' | 'sub' | 'custom'; title?: string },
    bodyBlocks: readonly Block[],
    group: SectionGroup | undefined,
  ): void {
    const number = part.sections.length + 1
    const id = `${part.id}-${number}`
    if (heading.level === 'custom') {
      const headline = heading.title ?? withoutStop(splitSentences(heading.rest)[0] ?? heading.rest)
      const section = makeSection(id, number, headline, '')
      this.fillCards(section, [{ line: block.line, text: heading.rest }, ...bodyBlocks])
      part.sections.push(heading.title ? section : { ...section, heading: '', inline: true })
      return
    }
    const parsed = splitHeading(heading.rest)
    const section = makeSection(id, number, parsed.headline, heading.label)
    const written = `${heading.label}${parsed.written}`
    if (written !== `${heading.label}${parsed.headline}。`) section.heading = written
    section.inline = parsed.remainder.length > 0
    if (group) section.group = group.number
    const blocksOfBody = parsed.remainder ? [{ line: block.line, text: parsed.remainder }, ...bodyBlocks] : [...bodyBlocks]
    this.fillCards(section, blocksOfBody, parsed.remainder.length > 0)
    part.sections.push(section)
  }

  /** A part with no numbered sections: sections split at its lead-in lines, the first named after the part. */
  private readImplicitSections(part: Part, blocks: readonly Block[]): void {
    if (blocks.length === 0) return
    const groups: Array<{ lead?: Block; blocks: Block[] }> = [{ blocks: [] }]
    for (const block of blocks) {
      if (isLeadIn(block.text)) groups.push({ lead: block, blocks: [] })
      else (groups[groups.length - 1] as { blocks: Block[] }).blocks.push(block)
    }
    const used = groups.filter((g) => g.lead || g.blocks.length > 0)
    used.forEach((g) => {
      const number = part.sections.length + 1
      const headline = g.lead ? titleFromSentence(g.lead.text) : part.title || '正文'
      const section = makeSection(`${part.id}-${number}`, number, headline, '')
      this.fillCards(section, g.blocks)
      if (g.lead) section.lead = [g.lead.text, ...(section.lead ? [section.lead] : [])].join('\n')
      part.sections.push(section)
    })
    this.doubts.push(
      doubt(blocks[0]?.line ?? 1, 'no-sections', `「${part.title}」没有编号的小节：${used.length === 1 ? '全部' : `按引导句分成 ${used.length} 节，共`} ${part.sections.reduce((n, s) => n + s.cards.length, 0)} 张卡片`, '看一下卡片分得是否合适；如需分节，在修正文件 headings 里把某一段标为 section 并给出 title。', `part ${part.id} has no numbered sections`),
    )
  }

  /** The section's cards (and lead), from its body paragraphs; the first may be the rest of the heading's paragraph. */
  private fillCards(section: Section, blocks: readonly Block[], firstIsInline = false): void {
    const themed = blocks.map((block) => this.isThemed(block))
    // A short first paragraph before two or more themed ones leads the section even when it opens with a
    // short sentence (「转变经济发展方式刻不容缓。要大力推动…」).
    if (!firstIsInline && themed[0] && isShortLead(blocks[0]?.text ?? '') && themed.slice(1).filter(Boolean).length >= 2) themed[0] = false
    const firstThemed = themed.indexOf(true)
    const lead: string[] = []
    const onlyBlock = blocks.length === 1
    // Sentences before a paragraph's first card: the section's lead while no card came yet, else a card of their own.
    const keepBefore = (before: readonly string[]) => {
      if (before.length === 0) return
      if (section.cards.length === 0) lead.push(before.join(''))
      else section.cards.push(paragraphCard(`${section.id}-${section.cards.length + 1}`, before))
    }
    blocks.forEach((block, i) => {
      const sentences = splitSentences(block.text)
      const cardOverride = this.cardOverrides.get(block.line)
      const split = cardOverride?.split ?? (cardOverride?.at ? 'at' : undefined)
      // The 2022 report's rule: the heading's paragraph goes on with a theme of at most 14 characters.
      const firstIsTheme = sentences.length > 1 && looksLikeStrictTheme(sentences[0] ?? '') && !looksLikeTheme(sentences[1] ?? '')
      if (cardOverride?.at) {
        const starts = cardOverride.at.map((words) => words.replace(/\s+/g, ''))
        for (const words of starts) {
          if (!sentences.some((sentence) => sentence.startsWith(words))) {
            this.doubts.push(doubt(block.line, 'stale-override', `修正文件里第 ${block.line} 行的卡片拆分写的「${words}」在这一段里找不到`, '核对原文后改正或删去这一条。', `stale card split for line ${block.line}: ${words}`))
          }
        }
        const { before, cards } = cardsAt(section.id, section.cards.length, sentences, (k) => starts.some((words) => (sentences[k] ?? '').startsWith(words)))
        keepBefore(before)
        section.cards.push(...cards)
        return
      }
      // A section told in one paragraph: a card at every 一要/二要… (2026 内蒙古), or else at every theme sentence (牛塘).
      const ordinals = onlyBlock && split === undefined ? ordinalOpeners(sentences) : []
      if (ordinals.length >= 2) {
        const { before, cards } = cardsAt(section.id, section.cards.length, sentences, (k) => ordinals.includes(k))
        keepBefore(before)
        section.cards.push(...cards)
        return
      }
      // Three short sentences at least, or one opening the heading's own paragraph: two alone are as likely plain facts.
      if (split === 'themes' || (split === undefined && onlyBlock && (themeCount(sentences) >= 3 || (firstIsTheme && firstIsInline)))) {
        const { before, cards } = cardsAt(section.id, section.cards.length, sentences, (k) => isThemeOpener(sentences, k))
        keepBefore(before)
        section.cards.push(...cards)
        if (split === undefined && !(firstIsTheme && firstIsInline)) {
          this.doubts.push(
            doubt(block.line, 'split-at-themes', `「${section.headline}」这一段按其中的短句拆成了 ${cards.length} 张卡片（${cards.map((c) => c.title).slice(0, 4).join('、')}${cards.length > 4 ? '…' : ''}）`, `如这些短句不是小标题，在修正文件 cards 里为第 ${block.line} 行写 split: "one"。`, `section ${section.id} split at short sentences`),
          )
        }
        return
      }
      // At most one lead: the rest of the heading's paragraph or the paragraph after a heading on its own line.
      if (firstThemed > 0 && i === 0 && split === undefined) {
        lead.push(block.text)
        return
      }
      if (themed[i]) {
        const [theme = '', ...items] = sentences
        section.cards.push(themedCard(`${section.id}-${section.cards.length + 1}`, theme, items))
      } else {
        section.cards.push(paragraphCard(`${section.id}-${section.cards.length + 1}`, sentences))
      }
    })
    if (lead.length > 0) section.lead = lead.join('\n')
    // Ids by place, once every card is in (a paragraph's lead sentences may have become a card before its own).
    section.cards.forEach((card, i) => (card.id = `${section.id}-${i + 1}`))
    for (const card of section.cards) {
      card.figures = this.figuresOf(card)
      if (card.items.length > LONG_CARD) {
        const line = blocks.find((b) => b.text.includes(card.items[0] ?? '\u0000'))?.line ?? blocks[0]?.line ?? 1
        this.doubts.push(
          doubt(line, 'long-card', `卡片「${card.title}」有 ${card.items.length} 句，读起来很长`, `如原文里有小标题句，可在修正文件 cards 里为第 ${line} 行写 split: "themes"。`, `card ${card.id} has ${card.items.length} sentences`),
        )
      }
    }
  }

  private isThemed(block: Block): boolean {
    const split = this.cardOverrides.get(block.line)?.split
    const sentences = splitSentences(block.text)
    if (split === 'one') return false
    return sentences.length > 1 && looksLikeParagraphTheme(sentences[0] ?? '')
  }

  private figuresOf(card: Card): Figure[] {
    const figures: Figure[] = []
    card.items.forEach((item, index) => {
      for (const found of findFigures(item)) {
        const fix = this.figureFixes.find((o) => o.card === card.id && o.text === found.text)
        if (fix) this.usedFigureFixes.add(fix)
        const { change, ...rest } = found
        figures.push({
          id: `${card.id}-f${figures.length + 1}`,
          ...rest,
          label: fix?.label ?? found.label,
          item: index,
          ...(change ? { change } : {}),
        })
      }
    })
    return figures
  }

  // ---- after the sections ------------------------------------------------

  /**
   * Where the paragraphs after the sections start: at the first that turns to
   * the delegates (各位代表…) or at the run of recognised paragraphs that ends
   * the part, whichever comes first. Between the last section and there, a
   * paragraph belongs to the last section, except where every section is one
   * paragraph (牛塘): there an unrecognised paragraph is a blocking doubt.
   */
  private afterStart(part: Part, blocks: readonly Block[], from: number, hasSections: boolean, isLastPart: boolean): number {
    const kindAt = (i: number) => this.paragraphOverrides.get(blocks[i]?.line ?? -1)?.kind ?? paragraphKind(blocks[i]?.text ?? '')
    let runStart = blocks.length
    for (let i = blocks.length - 1; i >= from; i--) {
      const last = i === blocks.length - 1 && isLastPart
      if (kindAt(i) || (last && ADDRESS.test(blocks[i]?.text ?? ''))) runStart = i
      else break
    }
    let addressAt = blocks.length
    for (let i = from; i < blocks.length; i++) {
      if (ADDRESS.test(blocks[i]?.text ?? '') || this.paragraphOverrides.has(blocks[i]?.line ?? -1)) {
        addressAt = i
        break
      }
    }
    const start = Math.min(runStart, addressAt)
    if (!hasSections) return start
    const headingBlock = blocks[from - 1]
    const lastInline = headingBlock !== undefined && splitHeading((this.sectionHeading(headingBlock, true) ?? this.sectionHeading(headingBlock, false))?.rest ?? '').remainder.length > 0
    const allOneParagraph = lastInline && this.allSectionsOneParagraph(blocks, from)
    if (allOneParagraph && start > from) {
      for (let i = from; i < start; i++) {
        const block = blocks[i] as Block
        this.doubts.push(
          doubt(block.line, 'unrecognised-paragraph', `小节之后的这一段认不出是什么（不是小节，也不像其他工作、致谢、不足或结束语）：${quote(block.text)}`, `在修正文件 paragraphs 里为第 ${block.line} 行写明 kind（如 "other-work"），或在 headings 里标为 section。`, `unrecognised paragraph after the sections of ${part.id}: ${quote(block.text, 20)}`),
        )
      }
      return from
    }
    return start
  }

  private allSectionsOneParagraph(blocks: readonly Block[], lastBodyFrom: number): boolean {
    const heads = blocks.map((b, i) => (this.sectionHeading(b, true) ?? this.sectionHeading(b, false) ? i : -1)).filter((i) => i >= 0 && i < lastBodyFrom)
    return heads.every((at, k) => {
      const next = heads[k + 1]
      return next === undefined || next === at + 1
    })
  }

  private afterParagraphs(part: Part, blocks: readonly Block[]): Paragraph[] {
    const counts = new Map<ParagraphKind, number>()
    return blocks.map((block) => {
      const byWords = paragraphKind(block.text)
      const field = (byWords === undefined || byWords === 'summary') && isOtherField(block.text)
      const kind = this.paragraphOverrides.get(block.line)?.kind ?? (field ? 'other-work' : (byWords ?? 'remarks'))
      const count = (counts.get(kind) ?? 0) + 1
      counts.set(kind, count)
      const paragraph: Paragraph = { id: `${part.id}-${kind}${count > 1 ? `-${count}` : ''}`, kind, title: PARAGRAPH_TITLES[kind], text: block.text }
      this.paragraphLines.set(paragraph, block.line)
      return paragraph
    })
  }

  /** The last paragraph after the sections of the last part (before any notes) is the closing. */
  private markClosing(parts: Part[]): void {
    const body = parts.filter((p) => p.kind !== 'notes')
    const last = body[body.length - 1]
    const paragraph = last?.after[last.after.length - 1]
    if (last && paragraph && (paragraph.kind === 'remarks' || ADDRESS.test(paragraph.text) || paragraph.kind === 'summary')) {
      paragraph.kind = 'closing'
      paragraph.title = PARAGRAPH_TITLES.closing
      paragraph.id = `${last.id}-closing`
    } else {
      const line = this.lines[this.lines.length - 1]?.number ?? 1
      this.doubts.push(doubt(line, 'no-closing', '没有认出结束语（最后一部分的最后一段）', '核对报告末尾是否完整。', 'no closing paragraph'))
    }
    for (const part of parts) {
      for (const p of part.after) {
        if (p.kind === 'remarks') {
          const line = this.paragraphLines.get(p) ?? 1
          this.doubts.push(
            doubt(line, 'remarks', `小节之后的这一段没有认出是什么，暂列为「其他」：${quote(p.text)}`, `如是某类段落，在修正文件 paragraphs 里为第 ${line} 行写明 kind；如是一节，在 headings 里标为 section。`, `paragraph after the sections of ${part.id} read as remarks`),
          )
        }
      }
    }
  }

  // ---- notes -------------------------------------------------------------

  /** 「注释：」/「附件」 and what follows: one section, a card for each note or item. */
  private readNotes(titleLine: TextLine, rest: readonly TextLine[]): Part {
    const [maybeTitle, ...items] = rest
    const hasOwnTitle = maybeTitle !== undefined && !/[。：；]/.test(maybeTitle.text) && [...maybeTitle.text].length <= 32 && !/^\d{1,2}[.、]/.test(maybeTitle.text)
    const title = hasOwnTitle ? maybeTitle.text : titleLine.text.replace(/：$/, '')
    const id = this.nextPartId('notes')
    const part: Part = {
      id,
      title,
      intro: '',
      sections: [],
      after: [],
      kind: 'notes',
      heading: hasOwnTitle ? `${titleLine.text}\n${maybeTitle.text}` : titleLine.text,
    }
    const section = makeSection(`${id}-1`, 1, title, '')
    for (const line of hasOwnTitle ? items : rest) {
      section.cards.push(paragraphCard(`${section.id}-${section.cards.length + 1}`, splitSentences(line.text)))
    }
    for (const card of section.cards) card.figures = this.figuresOf(card)
    part.sections.push(section)
    return part
  }
}


function makeSection(id: string, number: number, headline: string, label: string): Section {
  const comma = headline.indexOf('，')
  const slogan = comma > 0 ? headline.slice(0, comma) : ''
  const topic = comma > 0 ? headline.slice(comma + 1) : headline
  return { id, number, headline, slogan, topic, cards: [], label }
}

/** A heading's text after its label: standing alone, or its first sentence leading the paragraph. */
function splitHeading(rest: string): { headline: string; written: string; remainder: string } {
  if (isHeadingOnly(rest)) return { headline: withoutStop(rest), written: rest, remainder: '' }
  const [first = '', ...others] = splitSentences(rest)
  return { headline: withoutStop(first), written: first, remainder: others.join('') }
}

/** A paragraph short enough to be a section's lead: at most 120 characters in at most three sentences. */
function isShortLead(text: string): boolean {
  return [...text].length <= 120 && splitSentences(text).length <= 3
}

function themeCount(sentences: readonly string[]): number {
  return sentences.filter((s, i) => looksLikeTheme(s) && sentences[i + 1] !== undefined && !looksLikeTheme(sentences[i + 1] ?? '')).length
}

/** A theme sentence opens a card when a sentence that is not a theme follows it. */
function isThemeOpener(sentences: readonly string[], i: number): boolean {
  const sentence = sentences[i] ?? ''
  const next = sentences[i + 1]
  // The paragraph's first sentence may be a longer theme, unless it sets a time (「今后五年，要…」 leads what follows).
  const theme = looksLikeTheme(sentence) || (i === 0 && looksLikeParagraphTheme(sentence) && !/^(?:今后|今年|明年|未来|过去|当前|一年来|五年来)/.test(sentence))
  return theme && next !== undefined && !looksLikeTheme(next)
}

/** The sentences that open with 一要, 二要 … (or 一是 …) in order from 一, by index. */
function ordinalOpeners(sentences: readonly string[]): number[] {
  const at: number[] = []
  sentences.forEach((sentence, i) => {
    const m = /^([一二三四五六七八九十]+)[是要]/.exec(sentence)
    if (m && chineseNumeral(m[1] ?? '') > (at.length ? ordinalOf(sentences[at[at.length - 1] as number] ?? '') : 0) && (at.length > 0 || chineseNumeral(m[1] ?? '') === 1)) at.push(i)
  })
  return at
}

function ordinalOf(sentence: string): number {
  return chineseNumeral(/^([一二三四五六七八九十]+)[是要]/.exec(sentence)?.[1] ?? '')
}

/** Cards opening at the sentences that opens() picks; what comes before the first is returned apart. */
function cardsAt(sectionId: string, already: number, sentences: readonly string[], opens: (i: number) => boolean): { before: string[]; cards: Card[] } {
  const before: string[] = []
  const cards: Card[] = []
  sentences.forEach((sentence, i) => {
    const current = cards[cards.length - 1]
    if (opens(i)) {
      const id = `${sectionId}-${already + cards.length + 1}`
      // An opener too long for a title (「一要建设法治政府，始终坚持…。」) is the card's first item.
      cards.push(looksLikeParagraphTheme(sentence) || looksLikeTheme(sentence) ? themedCard(id, sentence, []) : paragraphCard(id, [sentence]))
    } else if (current) {
      current.items.push(sentence)
    } else {
      before.push(sentence)
    }
  })
  return { before, cards }
}

function themedCard(id: string, theme: string, items: string[]): Card {
  const core = withoutStop(withoutMarker(theme))
  const title = [...core].length > 28 ? titleFromSentence(theme) : core
  return { id, title, items, figures: [], ...(theme !== `${title}。` ? { theme } : {}) }
}

function paragraphCard(id: string, sentences: readonly string[]): Card {
  return { id, title: titleFromSentence(sentences[0] ?? ''), items: [...sentences], figures: [], fromParagraph: true }
}

/** The body's paragraphs, a lone 「各位代表！」 joined to the paragraph after it. */
function joinAddresses(lines: readonly TextLine[]): Block[] {
  const blocks: Block[] = []
  let pending: TextLine | undefined
  for (const line of lines) {
    if (LONE_ADDRESS.test(line.text)) {
      pending = pending ? { number: pending.number, text: `${pending.text}\n${line.text}` } : line
      continue
    }
    blocks.push(pending ? { line: pending.number, text: `${pending.text}\n${line.text}` } : { line: line.number, text: line.text })
    pending = undefined
  }
  if (pending) blocks.push({ line: pending.number, text: pending.text })
  return blocks
}
