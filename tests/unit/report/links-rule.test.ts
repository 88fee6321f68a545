// Proposed review ↔ plan links by shared words and figures, and the reviewed links file they go into.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { SECTION_LINKS } from '../../../src/report/links-data'
import { proposeSectionLinks } from '../../../src/report/links-rule'
import { parseReport } from '../../../src/report/parse'
import { corpusPath, corpusText } from './corpus-files'
import { source } from './source'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

describe('proposeSectionLinks', () => {
  it('proposes for the 2022 report exactly the links its reviewers tied by hand', () => {
    expect(proposeSectionLinks(parseReport(source)).map(({ review, plan }) => ({ review, plan }))).toEqual(
      SECTION_LINKS.map(({ review, plan }) => ({ review, plan: [...plan] })),
    )
  })

  it('ties each 2019 海拉尔 review section to the plan section of the same field', () => {
    const links = proposeSectionLinks(parseReport(corpusText('2019-hailaer-district.txt')))
    expect(links.map(({ review, plan }) => [review, plan])).toEqual([
      ['review-1', ['plan-1']], // 三大攻坚战 → 全力打好三大攻坚战
      ['review-2', ['plan-2']], // 城市建管 → 城市品质
      ['review-3', ['plan-3']], // 产业项目 → 新旧动能转换
      ['review-4', ['plan-5']], // 发展活力 → 深化改革开放，增强经济发展活力
      ['review-5', ['plan-6']], // 民生事业 → 群众幸福感，社会事业
      ['review-6', ['government-1']], // 政府自身建设 → 加强政府自身建设
    ])
    for (const link of links) expect(link.because.length).toBeGreaterThan(0)
  })
})

describe('report:links', () => {
  it('writes proposals beside the text and keeps what a secretary confirmed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-links-'))
    const text = join(dir, 'hailaer.txt')
    copyFileSync(corpusPath('2019-hailaer-district.txt'), text)
    writeFileSync(join(dir, 'hailaer.links.json'), JSON.stringify({ sections: [{ review: 'review-3', plan: ['plan-4'], confirmed: true }] }))
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/report-links.ts'), text], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('1 条已确认，5 条建议待确认')
    const written = JSON.parse(readFileSync(join(dir, 'hailaer.links.json'), 'utf8')) as { sections: Array<{ review: string; plan: string[]; confirmed: boolean }> }
    expect(written.sections.map((s) => s.review)).toEqual(['review-1', 'review-2', 'review-3', 'review-4', 'review-5', 'review-6'])
    expect(written.sections.find((s) => s.review === 'review-3')).toMatchObject({ plan: ['plan-4'], confirmed: true })
    expect(written.sections.find((s) => s.review === 'review-1')).toMatchObject({ plan: ['plan-1'], confirmed: false })
  }, 30_000)
})
