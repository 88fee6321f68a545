/**
 * The cover's view of the report: what the first screen needs and nothing more
 * (meta, each part's section tiles, the headline figures). `npm run report:data`
 * writes it to data/outline.json beside the full report; the cover imports
 * only that (see outline.ts), so the full report loads with the other pages.
 */
import type { Figure, PartId, Report, ReportMeta } from './types'

export interface SectionTile {
  id: string
  number: number
  slogan: string
  topic: string
  cardCount: number
}

export interface PartOutline {
  id: PartId
  title: string
  sections: SectionTile[]
}

export interface HighlightFigure extends Figure {
  cardId: string
}

export interface ReportOutline {
  meta: ReportMeta
  parts: PartOutline[]
  /** 数说上半年: the figures a delegate looks for first, in this order */
  highlights: HighlightFigure[]
}

/** Reviewed choice of headline figures for 数说上半年 (figure ids are stable). */
export const HIGHLIGHT_FIGURE_IDS = [
  'review-2-1-f1', // 地区生产总值 45.2亿元
  'review-2-1-f3', // 固定资产投资 21.95亿元 ↑13%
  'review-2-1-f8', // 新增企业法人 315家 ↑19.32%
  'review-7-2-f4', // 减税降费 1.9亿元
  'review-2-2-f4', // 重点项目 完成投资 5.6亿元
  'review-1-2-f1', // 全员核酸检测 9轮次
  'review-5-1-f3', // 各类民政保障救助款项 430.35万元
  'review-4-2-f7', // 优良天数比率 72.6%
] as const

export function buildOutline(source: Report): ReportOutline {
  const figures = new Map<string, HighlightFigure>()
  for (const part of source.parts)
    for (const section of part.sections)
      for (const card of section.cards)
        for (const figure of card.figures) figures.set(figure.id, { ...figure, cardId: card.id })
  return {
    meta: source.meta,
    parts: source.parts.map((part) => ({
      id: part.id,
      title: part.title,
      sections: part.sections.map((section) => ({
        id: section.id,
        number: section.number,
        slogan: section.slogan,
        topic: section.topic,
        cardCount: section.cards.length,
      })),
    })),
    highlights: HIGHLIGHT_FIGURE_IDS.flatMap((id) => figures.get(id) ?? []),
  }
}
