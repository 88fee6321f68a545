import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { headingTextsOf, headingUnitsOf } from '../../../src/report/heading-units-build'
import { report } from '../../../src/report/report'
import { reportWording } from '../../../src/report/wording-data'

const UNITS_PATH = fileURLToPath(new URL('../../../src/report/data/heading-units.json', import.meta.url))

describe("the report's headings, cut into words at build time", () => {
  it('are cut for the report in content/ (run `npm run report:data` when this fails)', () => {
    const committed: unknown = JSON.parse(readFileSync(UNITS_PATH, 'utf8'))
    if (JSON.stringify(committed) !== JSON.stringify(headingUnitsOf(report, reportWording))) {
      expect.fail('src/report/data/heading-units.json is stale: run `npm run report:data` and commit it')
    }
  })

  it("are the cover's title and meeting, the part headings, every section headline and every card title", () => {
    const texts = headingTextsOf(report, reportWording)
    expect(texts).toEqual(expect.arrayContaining([report.meta.title, report.meta.meeting, reportWording.highlightsTitle]))
    for (const part of report.parts) {
      for (const section of part.sections) expect(texts).toEqual(expect.arrayContaining([section.headline, ...section.cards.map((card) => card.title)]))
    }
  })

})
