import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildOutline, HIGHLIGHT_FIGURE_IDS } from '../../../src/report/outline-build'
import { reportOutline } from '../../../src/report/outline'
import { report } from '../../../src/report/report'

const OUTLINE_PATH = fileURLToPath(new URL('../../../src/report/data/outline.json', import.meta.url))

describe("the cover's outline", () => {
  it('is the outline of the current report (run `npm run report:data` when this fails)', () => {
    const committed: unknown = JSON.parse(readFileSync(OUTLINE_PATH, 'utf8'))
    if (JSON.stringify(committed) !== JSON.stringify(buildOutline(report))) {
      expect.fail('src/report/data/outline.json is stale: run `npm run report:data` and commit it')
    }
    expect(reportOutline).toEqual(buildOutline(report))
  })

  it('has every section of both parts as a tile with its card count', () => {
    expect(reportOutline.parts.map((part) => part.sections.length)).toEqual([7, 6])
    for (const [i, part] of report.parts.entries()) {
      expect(reportOutline.parts[i]!.sections.map((tile) => tile.cardCount)).toEqual(part.sections.map((s) => s.cards.length))
    }
  })

  it('finds every reviewed headline figure, in order, each with its card', () => {
    expect(reportOutline.highlights.map((figure) => figure.id)).toEqual([...HIGHLIGHT_FIGURE_IDS])
    for (const figure of reportOutline.highlights) expect(figure.id.startsWith(`${figure.cardId}-`)).toBe(true)
  })

  it('is much smaller than the report it comes from', () => {
    expect(JSON.stringify(reportOutline).length).toBeLessThan(JSON.stringify(report).length / 10)
  })
})
