/**
 * Draws a poster layout on a 2D canvas context. The context type is the
 * small part of the Canvas 2D API the poster uses, which both the weapp
 * Canvas 2D node's context and the browser's CanvasRenderingContext2D
 * provide, so one drawing routine serves both platforms.
 */
import type { Card, Figure } from '../report/types'
import { layoutPoster, type PosterFont, type PosterInput, type PosterLayout, type PosterMeasure } from './poster-layout'

export interface PosterContext {
  /** Written with CSS colour strings only */
  fillStyle: unknown
  font: string
  textAlign: string
  textBaseline: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  /** A loaded image (an HTMLImageElement on H5, a canvas.createImage() image on weapp) */
  drawImage(image: unknown, dx: number, dy: number, dw: number, dh: number): void
  save(): void
  restore(): void
}

/** System faces only: nothing to download, and the phone's own CJK face renders best. */
export const POSTER_FONT_FAMILIES: Record<PosterFont['family'], string> = {
  text: '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
  // Faces whose digits are tabular by default (canvas has no font-variant-numeric on weapp).
  figure: '"DIN Alternate", "Helvetica Neue", Arial, Roboto, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif',
}

/** The CSS font shorthand for a poster font, e.g. `bold 180px "DIN Alternate", …`. */
export function fontString(font: PosterFont): string {
  return `${font.weight === 'bold' ? 'bold ' : ''}${font.size}px ${POSTER_FONT_FAMILIES[font.family]}`
}

/** Measures with the context's own fonts, so the layout matches what is drawn. */
export function canvasMeasure(ctx: PosterContext): PosterMeasure {
  return (text, font) => {
    ctx.font = fontString(font)
    return ctx.measureText(text).width
  }
}

/** Runs of dark modules in one row, as [first column, length]. */
function darkRuns(row: boolean[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = -1
  row.forEach((dark, i) => {
    if (dark && start < 0) start = i
    if (!dark && start >= 0) {
      runs.push([start, i - start])
      start = -1
    }
  })
  if (start >= 0) runs.push([start, row.length - start])
  return runs
}

/**
 * Draws `layout` with its origin at the context's origin, one unit a poster
 * pixel: size the canvas 1125 × 1800 (layout.width × layout.height).
 */
export function drawPoster(ctx: PosterContext, layout: PosterLayout): void {
  ctx.save()
  for (const op of layout.ops) {
    switch (op.kind) {
      case 'rect':
        ctx.fillStyle = op.color
        ctx.fillRect(op.box.x, op.box.y, op.box.width, op.box.height)
        break
      case 'text':
        ctx.font = fontString(op.font)
        ctx.fillStyle = op.color
        ctx.textAlign = op.align
        ctx.textBaseline = op.baseline
        ctx.fillText(op.text, op.x, op.y)
        break
      case 'qr':
        // One rectangle per run of dark modules: fewer calls, and no seams between neighbours.
        ctx.fillStyle = op.color
        op.modules.forEach((row, r) => {
          for (const [c, length] of darkRuns(row)) {
            ctx.fillRect(op.box.x + c * op.moduleSize, op.box.y + r * op.moduleSize, length * op.moduleSize, op.moduleSize)
          }
        })
        break
      case 'image':
        ctx.drawImage(op.image, op.box.x, op.box.y, op.box.width, op.box.height)
        break
    }
  }
  ctx.restore()
}

/** Lays out and draws in one go, measuring with `ctx`; returns the layout for inspection. */
export function renderPoster(ctx: PosterContext, input: PosterInput): PosterLayout {
  const layout = layoutPoster(input, canvasMeasure(ctx))
  drawPoster(ctx, layout)
  return layout
}

/** e.g. niutang-2022h1-review-2-3.png, or niutang-2022h1-review-2-3-f2.png for a figure's poster. */
export function posterFileName(card: Pick<Card, 'id'>, figure?: Pick<Figure, 'id'>): string {
  const safe = (id: string) => id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')
  return `niutang-2022h1-${safe(figure?.id ?? '') || safe(card.id) || 'card'}.png`
}
