/**
 * Where everything on the share poster goes: a pure function from a card
 * (and optionally one of its figures) to a list of draw operations with
 * their boxes. Drawing is a separate step (draw-poster.ts), so the layout is
 * tested without a canvas and the same operations draw on weapp and H5.
 */
import { figureParts, formatChineseDate } from '../report/wording'
import { reportWording } from '../report/wording-data'
import type { Card, Figure, FigureChange } from '../report/types'
import { wrapText } from './text-layout'

export const POSTER_WIDTH = 1125
export const POSTER_HEIGHT = 1800
export const POSTER_MARGIN = 72
/** The code is never drawn smaller than this, so a phone camera reads it off a screen. */
export const MIN_CODE_SIZE = 300

/** The design tokens (docs/design.md), plus the hairline rule and the white behind the code. */
export const POSTER_COLORS = {
  red: '#B71C1C',
  gold: '#C9A227',
  ink: '#1F1F1F',
  ink2: '#5C5C5C',
  paper: '#FAF8F5',
  up: '#2E7D32',
  down: '#C62828',
  white: '#FFFFFF',
  rule: '#E4DED4',
} as const

/** The top band names the report: 牛塘镇政府工作报告 · 2022年上半年 (from the report, wording-data.ts). */
export const BAND_TITLE = reportWording.posterBand

/**
 * The band for a card names the half it belongs to: a 下半年 card's poster says
 * 2022年下半年, not the report's period. Reports without halves keep BAND_TITLE.
 */
export function bandTitleFor(cardId: string): string {
  const part = reportWording.parts.find((candidate) => cardId.startsWith(`${candidate.id}-`))
  if (!part || !/^[上下]半年$/.test(part.shortName)) return BAND_TITLE
  return `${reportWording.place}政府工作报告 · ${reportWording.year}年${part.shortName}`
}
export const CODE_CAPTION = '扫码阅读全文'

/** 'figure' is the face for the big number (tabular digits); 'text' for everything else. */
export type PosterFontFamily = 'text' | 'figure'

export interface PosterFont {
  size: number
  weight: 'normal' | 'bold'
  family: PosterFontFamily
}

/** Width of `text` drawn in `font`, in poster pixels. */
export type PosterMeasure = (text: string, font: PosterFont) => number

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A QR code as modules (quiet zone included), or an already loaded image such as a mini-program code. */
export type PosterCode = { kind: 'qr'; modules: boolean[][] } | { kind: 'image'; image: unknown }

export interface PosterInput {
  card: Card
  /** The figure to feature; without it the poster shows the card's text only */
  figure?: Figure
  /** e.g. 上半年工作回顾 · 二、克难求进 */
  partTitle: string
  /** e.g. 牛塘镇第五届人民代表大会第二次会议 */
  meeting: string
  /** ISO date "2022-07-14", shown as 2022年7月14日 */
  date: string
  code: PosterCode
}

export type PosterRole =
  | 'background'
  | 'band'
  | 'band-title'
  | 'band-rule'
  | 'part'
  | 'title-bar'
  | 'title'
  | 'figure-prefix'
  | 'figure-number'
  | 'figure-unit'
  | 'figure-change'
  | 'figure-rule'
  | 'figure-label'
  | 'body'
  | 'footer-rule'
  | 'meeting'
  | 'date'
  | 'code-background'
  | 'code'
  | 'code-caption'

export interface RectOp {
  kind: 'rect'
  role: PosterRole
  box: Box
  color: string
}

export interface TextOp {
  kind: 'text'
  role: PosterRole
  text: string
  /** Anchor point: x per `align`, y per `baseline` */
  x: number
  y: number
  align: 'left' | 'right' | 'center'
  baseline: 'middle' | 'alphabetic'
  font: PosterFont
  color: string
  /** The space the text takes (measured width, line height) */
  box: Box
}

export interface QrOp {
  kind: 'qr'
  role: 'code'
  box: Box
  modules: boolean[][]
  /** Whole pixels a module, so modules meet without seams */
  moduleSize: number
  color: string
}

export interface ImageOp {
  kind: 'image'
  role: 'code'
  box: Box
  image: unknown
}

export type PosterOp = RectOp | TextOp | QrOp | ImageOp

/** The blocks of the poster; they never overlap. */
export type PosterRegion = 'band' | 'heading' | 'figure' | 'body' | 'meta' | 'code'

export interface PosterLayout {
  width: number
  height: number
  ops: PosterOp[]
  regions: Partial<Record<PosterRegion, Box>>
}

const CONTENT_LEFT = POSTER_MARGIN
const CONTENT_RIGHT = POSTER_WIDTH - POSTER_MARGIN
const CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT

const BAND_HEIGHT = 240
const BAND_RULE_HEIGHT = 8
const BAND_TITLE_SIZES = [52, 48, 44, 40]

const PART_FONT: PosterFont = { size: 40, weight: 'normal', family: 'text' }
const TITLE_BAR_WIDTH = 12
const TITLE_INDENT = TITLE_BAR_WIDTH + 28

const FIGURE_NUMBER_SIZE = 180
const FIGURE_NUMBER_MIN_SIZE = 96
const FIGURE_UNIT_SIZE = 64
const FIGURE_CHANGE_FONT: PosterFont = { size: 52, weight: 'bold', family: 'text' }
const FIGURE_LABEL_FONT: PosterFont = { size: 44, weight: 'normal', family: 'text' }
// Digits rise about 0.75 em above the baseline and do not descend; CJK units sit a little below.
const FIGURE_ASCENT = 0.8
const FIGURE_DESCENT = 0.15

const BODY_FONT: PosterFont = { size: 44, weight: 'normal', family: 'text' }
const BODY_LINE_HEIGHT = 77 // 1.75, as in the app

// 34 px keeps 牛塘镇第五届人民代表大会第二次会议 on one line beside a 300-px code.
const META_FONT: PosterFont = { size: 34, weight: 'normal', family: 'text' }
const META_LINE_HEIGHT = 52
const CAPTION_FONT: PosterFont = { size: 32, weight: 'normal', family: 'text' }
const CAPTION_LINE_HEIGHT = 48

const GAP_SMALL = 16
const GAP = 40
const GAP_LARGE = 64


/** 同比↑13% / 同比↓12.43%: the arrow says the direction without relying on colour. */
export function formatChange(change: FigureChange): string {
  const percent = Number(change.percent.toFixed(2)).toString()
  return `同比${change.direction === 'up' ? '↑' : '↓'}${percent}%`
}

/** Notes in brackets that mean nothing on their own on a poster: （预计数，下同）, (下同). */
const EDITORIAL_NOTE = /[（(][^（）()]*(?:下同|预计数|预计)[^（）()]*[）)]/g

/** Where the clause holding `offset` starts: just after the last ；/; before it. */
function clauseStart(item: string, offset: number): number {
  const before = item.slice(0, Math.max(0, offset))
  return Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1
}

/**
 * The words on the poster. With a figure: from the clause that holds it (not
 * always the card's first sentence) to the end of its sentence, and the next
 * sentence; without one: the card's sentences. Editorial notes are left out.
 */
export function posterSentences(card: Card, figure?: Figure): string {
  let start = 0
  let from = 0
  let count = card.items.length
  if (figure) {
    const holds = (i: number) => card.items[i]?.includes(figure.text) ?? false
    start = holds(figure.item) ? figure.item : Math.max(card.items.findIndex((item) => item.includes(figure.text)), 0)
    const item = card.items[start] ?? ''
    const at = item.startsWith(figure.text, figure.offset) ? figure.offset : item.indexOf(figure.text)
    from = at > 0 ? clauseStart(item, at) : 0
    count = 2
  }
  return card.items
    .slice(start, start + count)
    .map((item, index) => (index === 0 ? item.slice(from) : item).replace(EDITORIAL_NOTE, '').trim())
    .filter((item) => item !== '')
    .reduce((text, item) => (text === '' || /[。！？；!?;…]$/.test(text) ? text + item : `${text}。${item}`), '')
}

/** Layout for one poster. `measure` must measure with the fonts the drawing will use. */
export function layoutPoster(input: PosterInput, measure: PosterMeasure): PosterLayout {
  const ops: PosterOp[] = []
  const regions: PosterLayout['regions'] = {}
  const { card, figure } = input

  const text = (role: PosterRole, value: string, x: number, top: number, lineHeight: number, font: PosterFont, color: string, align: TextOp['align'] = 'left') => {
    const width = measure(value, font)
    const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2
    ops.push({
      kind: 'text',
      role,
      text: value,
      x,
      y: top + lineHeight / 2,
      align,
      baseline: 'middle',
      font,
      color,
      box: { x: left, y: top, width, height: lineHeight },
    })
  }
  const lines = (value: string, font: PosterFont, maxWidth: number, maxLines: number) =>
    wrapText(value, maxWidth, (s) => measure(s, font), { maxLines, ellipsis: '…' })

  ops.push({ kind: 'rect', role: 'background', box: { x: 0, y: 0, width: POSTER_WIDTH, height: POSTER_HEIGHT }, color: POSTER_COLORS.paper })

  // Band: town and report, full bleed.
  ops.push({ kind: 'rect', role: 'band', box: { x: 0, y: 0, width: POSTER_WIDTH, height: BAND_HEIGHT }, color: POSTER_COLORS.red })
  const bandTitle = bandTitleFor(card.id)
  const bandFont = fitFont(bandTitle, BAND_TITLE_SIZES, CONTENT_WIDTH, measure)
  const bandLine = lines(bandTitle, bandFont, CONTENT_WIDTH, 1)[0] ?? ''
  text('band-title', bandLine, CONTENT_LEFT, (BAND_HEIGHT - bandFont.size * 1.4) / 2, bandFont.size * 1.4, bandFont, POSTER_COLORS.white)
  ops.push({ kind: 'rect', role: 'band-rule', box: { x: 0, y: BAND_HEIGHT, width: POSTER_WIDTH, height: BAND_RULE_HEIGHT }, color: POSTER_COLORS.gold })
  regions.band = { x: 0, y: 0, width: POSTER_WIDTH, height: BAND_HEIGHT + BAND_RULE_HEIGHT }

  // Footer first: the code and the meeting are fixed at the bottom; the body gets what is left.
  const footer = layoutFooter(input, measure, text, lines, ops, regions)

  // Heading: the part, then the title beside a red bar.
  const contentFrom = ops.length
  const contentTop = BAND_HEIGHT + BAND_RULE_HEIGHT + GAP_LARGE
  let y = contentTop
  const headingTop = y
  const partLine = lines(input.partTitle, PART_FONT, CONTENT_WIDTH, 1)[0]
  if (partLine) {
    text('part', partLine, CONTENT_LEFT, y, PART_FONT.size * 1.4, PART_FONT, POSTER_COLORS.ink2)
    y += PART_FONT.size * 1.4 + GAP_SMALL
  }
  const titleFont: PosterFont = { size: figure ? 64 : 80, weight: 'bold', family: 'text' }
  const titleLineHeight = Math.round(titleFont.size * 1.4)
  const titleLines = lines(card.title, titleFont, CONTENT_WIDTH - TITLE_INDENT, figure ? 2 : 3)
  if (titleLines.length > 0) {
    const inset = (titleLineHeight - titleFont.size) / 2
    ops.push({
      kind: 'rect',
      role: 'title-bar',
      box: { x: CONTENT_LEFT, y: y + inset, width: TITLE_BAR_WIDTH, height: titleLines.length * titleLineHeight - 2 * inset },
      color: POSTER_COLORS.red,
    })
    titleLines.forEach((line, i) => text('title', line, CONTENT_LEFT + TITLE_INDENT, y + i * titleLineHeight, titleLineHeight, titleFont, POSTER_COLORS.ink))
    y += titleLines.length * titleLineHeight
  }
  regions.heading = { x: CONTENT_LEFT, y: headingTop, width: CONTENT_WIDTH, height: y - headingTop }

  if (figure) {
    y += GAP_LARGE
    y = layoutFigure(figure, y, measure, text, lines, ops, regions)
  }

  // Body: as many lines as fit above the footer, a few at most.
  y += figure ? GAP_LARGE : GAP
  const bodyLimit = footer.top - GAP_LARGE
  const maxBodyLines = Math.min(figure ? 6 : 12, Math.floor((bodyLimit - y) / BODY_LINE_HEIGHT))
  const bodyLines = maxBodyLines > 0 ? lines(posterSentences(card, figure), BODY_FONT, CONTENT_WIDTH, maxBodyLines) : []
  if (bodyLines.length > 0) {
    bodyLines.forEach((line, i) => text('body', line, CONTENT_LEFT, y + i * BODY_LINE_HEIGHT, BODY_LINE_HEIGHT, BODY_FONT, POSTER_COLORS.ink))
    regions.body = { x: CONTENT_LEFT, y, width: CONTENT_WIDTH, height: bodyLines.length * BODY_LINE_HEIGHT }
    y += bodyLines.length * BODY_LINE_HEIGHT
  }

  // Short cards leave room above the footer: the content stands in the middle of it, not on top of an empty quarter.
  const spare = Math.floor((bodyLimit - y) / 2)
  if (spare > 0) centreContent(ops.slice(contentFrom), regions, spare)

  return { width: POSTER_WIDTH, height: POSTER_HEIGHT, ops, regions }
}

/** Moves the heading, figure and body ops (and their regions) down by `by`. */
function centreContent(ops: PosterOp[], regions: PosterLayout['regions'], by: number) {
  for (const op of ops) {
    op.box = { ...op.box, y: op.box.y + by }
    if (op.kind === 'text') op.y += by
  }
  for (const name of ['heading', 'figure', 'body'] as const) {
    const region = regions[name]
    if (region) regions[name] = { ...region, y: region.y + by }
  }
}

type PlaceText = (role: PosterRole, value: string, x: number, top: number, lineHeight: number, font: PosterFont, color: string, align?: TextOp['align']) => void
type WrapLines = (value: string, font: PosterFont, maxWidth: number, maxLines: number) => string[]

/** The largest of `sizes` (bold text face) at which `value` fits `width`; the smallest otherwise. */
function fitFont(value: string, sizes: number[], width: number, measure: PosterMeasure): PosterFont {
  for (const size of sizes) {
    const font: PosterFont = { size, weight: 'bold', family: 'text' }
    if (measure(value, font) <= width) return font
  }
  return { size: sizes[sizes.length - 1] ?? 40, weight: 'bold', family: 'text' }
}

/** Code bottom right with its caption, meeting and date bottom left; returns the footer's top. */
function layoutFooter(input: PosterInput, measure: PosterMeasure, text: PlaceText, lines: WrapLines, ops: PosterOp[], regions: PosterLayout['regions']) {
  const bottom = POSTER_HEIGHT - POSTER_MARGIN
  let codeSize = MIN_CODE_SIZE
  let moduleSize = 0
  if (input.code.kind === 'qr') {
    const count = Math.max(input.code.modules.length, 1)
    moduleSize = Math.ceil(MIN_CODE_SIZE / count)
    codeSize = moduleSize * count
  }
  const captionTop = bottom - CAPTION_LINE_HEIGHT
  const codeTop = captionTop - GAP_SMALL - codeSize
  const codeLeft = CONTENT_RIGHT - codeSize
  const codeBox: Box = { x: codeLeft, y: codeTop, width: codeSize, height: codeSize }
  ops.push({ kind: 'rect', role: 'code-background', box: codeBox, color: POSTER_COLORS.white })
  if (input.code.kind === 'qr') {
    ops.push({ kind: 'qr', role: 'code', box: codeBox, modules: input.code.modules, moduleSize, color: POSTER_COLORS.ink })
  } else {
    ops.push({ kind: 'image', role: 'code', box: codeBox, image: input.code.image })
  }
  text('code-caption', CODE_CAPTION, codeLeft + codeSize / 2, captionTop, CAPTION_LINE_HEIGHT, CAPTION_FONT, POSTER_COLORS.ink2, 'center')
  regions.code = { x: codeLeft, y: codeTop, width: codeSize, height: bottom - codeTop }

  // Meeting and date, bottom-aligned with the caption.
  const metaWidth = codeLeft - GAP_LARGE - CONTENT_LEFT
  const meetingLines = lines(input.meeting, META_FONT, metaWidth, 2)
  const dateLine = lines(formatChineseDate(input.date), META_FONT, metaWidth, 1)
  const metaHeight = (meetingLines.length + dateLine.length) * META_LINE_HEIGHT
  let y = bottom - metaHeight
  const metaTop = y
  for (const line of meetingLines) {
    text('meeting', line, CONTENT_LEFT, y, META_LINE_HEIGHT, META_FONT, POSTER_COLORS.ink)
    y += META_LINE_HEIGHT
  }
  for (const line of dateLine) {
    text('date', line, CONTENT_LEFT, y, META_LINE_HEIGHT, META_FONT, POSTER_COLORS.ink2)
    y += META_LINE_HEIGHT
  }
  if (metaHeight > 0) regions.meta = { x: CONTENT_LEFT, y: metaTop, width: metaWidth, height: metaHeight }

  const top = Math.min(codeTop, metaTop) - GAP
  ops.push({ kind: 'rect', role: 'footer-rule', box: { x: CONTENT_LEFT, y: top, width: CONTENT_WIDTH, height: 2 }, color: POSTER_COLORS.rule })
  return { top }
}

/** The big figure with its unit, the change beside it, a gold rule and the label under it; returns the bottom. */
function layoutFigure(figure: Figure, top: number, measure: PosterMeasure, text: PlaceText, lines: WrapLines, ops: PosterOp[], regions: PosterLayout['regions']) {
  const { prefix, number, unit: suffix } = figureParts(figure)
  const unitFont: PosterFont = { size: FIGURE_UNIT_SIZE, weight: 'bold', family: 'text' }
  const unitGap = 12
  const prefixWidth = prefix ? measure(prefix, unitFont) + unitGap : 0
  const suffixWidth = suffix ? measure(suffix, unitFont) + unitGap : 0

  // The number shrinks only when it would not fit the line with its unit.
  let numberFont: PosterFont = { size: FIGURE_NUMBER_SIZE, weight: 'bold', family: 'figure' }
  while (numberFont.size > FIGURE_NUMBER_MIN_SIZE && prefixWidth + measure(number, numberFont) + suffixWidth > CONTENT_WIDTH) {
    numberFont = { ...numberFont, size: numberFont.size - 12 }
  }
  const numberWidth = measure(number, numberFont)
  const rowWidth = Math.min(prefixWidth + numberWidth + suffixWidth, CONTENT_WIDTH)
  const baseline = top + Math.round(numberFont.size * FIGURE_ASCENT)
  const rowBottom = baseline + Math.round(numberFont.size * FIGURE_DESCENT)

  const onBaseline = (role: PosterRole, value: string, x: number, font: PosterFont, color: string, align: TextOp['align'] = 'left') => {
    const width = measure(value, font)
    const left = align === 'left' ? x : x - width
    const ascent = Math.round(font.size * FIGURE_ASCENT)
    ops.push({
      kind: 'text',
      role,
      text: value,
      x,
      y: baseline,
      align,
      baseline: 'alphabetic',
      font,
      color,
      box: { x: left, y: baseline - ascent, width, height: ascent + Math.round(font.size * FIGURE_DESCENT) },
    })
    return width
  }

  let x = CONTENT_LEFT
  if (prefix) x += onBaseline('figure-prefix', prefix, x, unitFont, POSTER_COLORS.red) + unitGap
  x += onBaseline('figure-number', number, x, numberFont, POSTER_COLORS.red)
  if (suffix) x += unitGap + onBaseline('figure-unit', suffix, x + unitGap, unitFont, POSTER_COLORS.red)

  const ruleTop = rowBottom + GAP_SMALL
  ops.push({ kind: 'rect', role: 'figure-rule', box: { x: CONTENT_LEFT, y: ruleTop, width: Math.min(rowWidth, 360), height: 8 }, color: POSTER_COLORS.gold })
  const labelTop = ruleTop + 8 + GAP_SMALL
  const labelLineHeight = Math.round(FIGURE_LABEL_FONT.size * 1.5)

  // The change goes beside the figure when it fits there, else at the right of the label line.
  let labelWidth = CONTENT_WIDTH
  if (figure.change) {
    const change = formatChange(figure.change)
    const color = figure.change.direction === 'up' ? POSTER_COLORS.up : POSTER_COLORS.down
    const changeWidth = measure(change, FIGURE_CHANGE_FONT)
    if (x + GAP + changeWidth <= CONTENT_RIGHT) {
      onBaseline('figure-change', change, x + GAP, FIGURE_CHANGE_FONT, color)
    } else {
      text('figure-change', change, CONTENT_RIGHT, labelTop, labelLineHeight, FIGURE_CHANGE_FONT, color, 'right')
      labelWidth = CONTENT_WIDTH - changeWidth - GAP
    }
  }
  const labelLines = lines(figure.label, FIGURE_LABEL_FONT, labelWidth, 1)
  labelLines.forEach((line) => text('figure-label', line, CONTENT_LEFT, labelTop, labelLineHeight, FIGURE_LABEL_FONT, POSTER_COLORS.ink2))
  const bottom = labelTop + labelLineHeight
  regions.figure = { x: CONTENT_LEFT, y: top, width: CONTENT_WIDTH, height: bottom - top }
  return bottom
}
