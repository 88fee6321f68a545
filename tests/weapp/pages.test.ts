/**
 * Every page on Taro's real runtime, drawn through WeChat's compiled WXML, read
 * as a delegate reads the screen. Expected texts come from the report data the
 * app ships, not from copies of it.
 */
import { describe, expect, inject, it } from 'vitest'
import { readAppLayout } from '../../scripts/weapp-check/app-json-rules'
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

/** The bookmarks in the reading state as the app keeps it in storage (a JSON string or an object). */
function bookmarksIn(stored: unknown): unknown {
  const state = (typeof stored === 'string' ? JSON.parse(stored) : stored) as { bookmarks?: unknown }
  return state.bookmarks
}

describe('every page renders what a delegate expects', () => {
  it('the cover: the report, 数说上半年 and every section of both parts', async () => {
    const app = await launch()
    expect(app.currentPage.route).toBe('pages/index/index')
    const screen = app.screen()
    for (const heading of [reportOutline.meta.title, '数说上半年', ...reportOutline.parts.map((part) => part.title.replace(/^\d{4}年/, ''))]) {
      expect(screen).toContain(heading)
    }
    const sections = reportOutline.parts.flatMap((part) => part.sections)
    expect(sections.length).toBeGreaterThan(10)
    for (const section of sections) {
      expect(screen).toContain(section.slogan)
      expect(screen).toContain(section.topic)
    }
    expectClean(app)
  })

  it.each(['review-1-1', 'review-1-2'])('a card (%s): its title, every item and every figure', async (id) => {
    const app = await launch({ entry: `/pages/card/index?id=${id}` })
    const shown = app.screen()
    const { title, items, figures } = card(id)
    expect(shown).toContain(title)
    for (const item of items) expect(shown).toContain(item)
    for (const figure of figures) {
      const { number, unit } = figureParts(figure)
      expect(shown).toContain(figure.label)
      expect(shown).toContain(`${number}${unit}`)
    }
    expectClean(app)
  })

  it('search: 核酸 finds the cards that mention it', async () => {
    const app = await launch({ entry: '/pages/search/index' })
    await app.fill('搜索报告内容', '核酸')
    const expected = searchReport(buildSearchIndex(report), '核酸')
    expect(expected.length).toBeGreaterThan(0)
    const screen = app.screen()
    expect(screen).toContain(`找到 ${expected.length} 条`)
    for (const result of expected) expect(screen).toContain(result.title)
    expectClean(app)
  })

  it('the suggestion form: its fields and the submit button', async () => {
    const app = await launch({ entry: '/pages/suggest/index' })
    for (const label of ['标题', '内容', '代表编码', '提交']) expect(app.screen()).toContain(label)
    expectClean(app)
  })

  it.each(readAppLayout(inject('weappDir')).pages)('every page of app.json opens without an error: %s', async (page) => {
    const query = page === 'pages/card/index' ? '?id=plan-3-1' : page === 'pages/section/index' ? '?id=plan-3' : ''
    const app = await launch({ entry: `/${page}${query}` })
    expect(app.currentPage.route).toBe(page)
    expect(app.screen().length).toBeGreaterThan(10)
    expectClean(app)
  })

  it('a card id that does not exist says so instead of an empty page', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-99-9' })
    expect(app.screen()).toContain('未找到这张卡片')
    expectClean(app)
  })
})

describe('tapping through as a delegate', () => {
  it('收藏 toggles, and the bookmark is kept', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1' })
    expect(app.screen()).not.toContain('已收藏')
    await app.tap('收藏')
    expect(app.screen()).toContain('已收藏')
    expect(bookmarksIn(app.storage.get('reading.state'))).toEqual(['review-1-1'])
    await app.tap('已收藏')
    expect(app.screen()).toContain('收藏')
    expect(app.screen()).not.toContain('已收藏')
    expect(bookmarksIn(app.storage.get('reading.state'))).toEqual([])
    expectClean(app)
  })

  it('下一张 opens the next card in reading order', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1' })
    const next = neighboursOf(report, 'review-1-1').next!
    await app.tap(/下一张/)
    expect(app.currentPage.route).toBe('pages/card/index')
    expect(app.currentPage.options.id).toBe(next.id)
    expect(app.screen()).toContain(next.title)
    expectClean(app)
  })

  it('提建议 on a card reaches the form with that card chosen', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-2' })
    await app.tap('提建议')
    expect(app.currentPage.route).toBe('pages/suggest/index')
    expect(app.screen()).toContain(card('review-1-2').title)
    expectClean(app)
  })
})
