/**
 * Every page on Taro's real runtime, drawn through WeChat's compiled WXML, read
 * as a delegate reads the screen. Expected texts come from the report data the
 * app ships, not from copies of it.
 */
import { describe, expect, it } from 'vitest'
import { textOf } from '../../scripts/weapp-check/runtime/screen'
import { buildSearchIndex, searchReport } from '../../src/report/search'
import { reportOutline } from '../../src/report/outline'
import { findCard, neighboursOf } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { figureParts } from '../../src/report/wording'
import { expectClean, launch } from './support/mini-program'

const card = (id: string) => {
  const found = findCard(report, id)
  if (!found) throw new Error(`no card ${id} in the report`)
  return found
}

describe('every page renders what a delegate expects', () => {
  it('the cover: the report, 数说上半年 and every section of both parts', async () => {
    const app = await launch()
    expect(app.currentPage.route).toBe('pages/index/index')
    const texts = app.texts()
    expect(texts).toEqual(expect.arrayContaining([reportOutline.meta.title, '数说上半年', '上半年工作回顾', '下半年主要工作任务']))
    const sections = reportOutline.parts.flatMap((part) => part.sections)
    expect(sections.length).toBeGreaterThan(10)
    for (const section of sections) expect(texts).toEqual(expect.arrayContaining([section.topic, section.slogan]))
    expectClean(app)
  })

  it.each(['review-1-1', 'review-1-2'])('a card (%s): its title, every item and every figure', async (id) => {
    const app = await launch({ entry: `/pages/card/index?id=${id}` })
    const shown = textOf(app.render())
    const { title, items, figures } = card(id)
    expect(app.texts()).toContain(title)
    for (const item of items) expect(shown).toContain(item)
    for (const figure of figures) {
      const { number, unit } = figureParts(figure)
      expect(app.texts()).toEqual(expect.arrayContaining([figure.label]))
      expect(shown).toContain(`${number}${unit}`)
    }
    expectClean(app)
  })

  it('search: 核酸 finds the cards that mention it', async () => {
    const app = await launch({ entry: '/pages/search/index' })
    await app.fill('搜索报告内容', '核酸')
    const expected = searchReport(buildSearchIndex(report), '核酸')
    expect(expected.length).toBeGreaterThan(0)
    const texts = app.texts()
    expect(texts).toContain(`找到 ${expected.length} 条`)
    for (const result of expected) expect(texts).toContain(result.title)
    expectClean(app)
  })

  it('the suggestion form: its fields and the submit button', async () => {
    const app = await launch({ entry: '/pages/suggest/index' })
    expect(app.texts()).toEqual(expect.arrayContaining(['标题', '内容', '提交']))
    expectClean(app)
  })

  it.each(['pages/section/index?id=plan-3', 'pages/paragraph/index', 'pages/economy/index', 'pages/mine/index'])(
    'the other pages draw without an error (%s)',
    async (entry) => {
      const app = await launch({ entry: `/${entry}` })
      expect(app.texts().length).toBeGreaterThan(3)
      expectClean(app)
    },
  )

  it('a card id that does not exist says so instead of an empty page', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-99-9' })
    expect(app.texts()).toContain('未找到这张卡片')
    expectClean(app)
  })
})

describe('tapping through as a delegate', () => {
  it('收藏 toggles, and the bookmark is kept', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1' })
    await app.tap('收藏')
    expect(app.texts()).toContain('已收藏')
    expect(JSON.stringify(app.storage.get('reading.state'))).toContain('review-1-1')
    await app.tap('已收藏')
    expect(app.texts()).toContain('收藏')
    expect(app.texts()).not.toContain('已收藏')
    expectClean(app)
  })

  it('下一张 opens the next card in reading order', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1' })
    const next = neighboursOf(report, 'review-1-1').next!
    await app.tap(/下一张/)
    expect(app.currentPage.route).toBe('pages/card/index')
    expect(app.currentPage.options.id).toBe(next.id)
    expect(app.texts()).toContain(next.title)
    expectClean(app)
  })

  it('提建议 on a card reaches the form with that card chosen', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-2' })
    await app.tap('提建议')
    expect(app.currentPage.route).toBe('pages/suggest/index')
    expect(app.texts()).toContain(card('review-1-2').title)
    expectClean(app)
  })
})
