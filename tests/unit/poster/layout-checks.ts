import { expect } from 'vitest'
import type { Box, PosterLayout, PosterOp, TextOp } from '../../../src/poster/poster-layout'

export const W = 1125
export const H = 1800
export const MARGIN = 72
const FULL_BLEED = new Set(['background', 'band', 'band-rule'])

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

export const texts = (layout: PosterLayout, role?: string) =>
  layout.ops.filter((op): op is TextOp => op.kind === 'text' && (role === undefined || op.role === role))

/** Text, code and image ops: what a reader sees as content. */
const content = (layout: PosterLayout) => layout.ops.filter((op): op is Exclude<PosterOp, { kind: 'rect' }> => op.kind !== 'rect')

export function expectSound(layout: PosterLayout) {
  expect(layout.width).toBe(W)
  expect(layout.height).toBe(H)
  for (const op of layout.ops) {
    const { x, y, width, height } = op.box
    const where = `${op.role} ${JSON.stringify(op.box)}`
    expect(x, where).toBeGreaterThanOrEqual(0)
    expect(y, where).toBeGreaterThanOrEqual(0)
    expect(x + width, where).toBeLessThanOrEqual(W)
    expect(y + height, where).toBeLessThanOrEqual(H)
    if (FULL_BLEED.has(op.role)) continue
    expect(x, where).toBeGreaterThanOrEqual(MARGIN)
    expect(x + width, where).toBeLessThanOrEqual(W - MARGIN)
    if (op.role === 'band-title') continue
    expect(y, where).toBeGreaterThanOrEqual(MARGIN)
    expect(y + height, where).toBeLessThanOrEqual(H - MARGIN)
  }
  // No two pieces of content overlap, and neither do the blocks they make up.
  const ops = content(layout)
  for (let i = 0; i < ops.length; i++) {
    for (let j = i + 1; j < ops.length; j++) {
      expect(overlaps(ops[i]!.box, ops[j]!.box), `${ops[i]!.role} "${'text' in ops[i]! ? (ops[i] as TextOp).text : ''}" overlaps ${ops[j]!.role}`).toBe(false)
    }
  }
  const regions = Object.entries(layout.regions)
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      expect(overlaps(regions[i]![1], regions[j]![1]), `${regions[i]![0]} overlaps ${regions[j]![0]}`).toBe(false)
    }
  }
  // The band title sits inside the band.
  for (const op of texts(layout, 'band-title')) expect(op.box.y + op.box.height).toBeLessThanOrEqual(layout.regions.band!.height)
}
