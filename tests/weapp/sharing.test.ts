/**
 * Taro removes enableShareAppMessage/enableShareTimeline from the page JSON and
 * adds the handlers to Page() instead: the handlers are what WeChat calls.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { readAppLayout } from '../../scripts/weapp-check/app-json-rules'
import { findCard } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { REPORT_SHARE_TITLE, shareTitleOf } from '../../src/report/share-title'
import { expectClean, launch } from './support/mini-program'

const sourceConfig = (page: string) => fs.readFileSync(path.resolve(__dirname, '../../src', `${page}.config.ts`), 'utf8')
const sharesTo = (page: string, key: string) => new RegExp(`${key}:\\s*true`).test(sourceConfig(page))

describe('share handlers', () => {
  const pages = readAppLayout(inject('weappDir')).pages

  it.each(pages)('%s has exactly the handlers its page config asks for', async (page) => {
    const app = await launch({ entry: `/${page}${page === 'pages/card/index' ? '?id=review-1-1' : page === 'pages/section/index' ? '?id=review-1' : ''}` })
    expect(typeof app.currentPage.onShareAppMessage === 'function').toBe(sharesTo(page, 'enableShareAppMessage'))
    expect(typeof app.currentPage.onShareTimeline === 'function').toBe(sharesTo(page, 'enableShareTimeline'))
    expectClean(app)
  })

  it("a card shares its title and a deep link that opens the same card, marked 来自分享", async () => {
    const card = findCard(report, 'review-1-2')!
    const app = await launch({ entry: `/pages/card/index?id=${card.id}` })
    const chat = app.share('onShareAppMessage')!
    expect(chat.title).toBe(shareTitleOf(card))
    expect(chat.path).toMatch(new RegExp(`^/pages/card/index\\?id=${card.id}(&|$)`))
    const moments = app.share('onShareTimeline')!
    expect(moments.title).toBe(shareTitleOf(card))
    expect(String(moments.query)).toMatch(new RegExp(`(^|&)id=${card.id}(&|$)`))

    for (const link of [String(chat.path), `/pages/card/index?${String(moments.query)}`]) {
      await app.open(link)
      expect(app.screen()).toContain(card.title)
      expect(app.screen()).toContain('来自分享')
    }
    expectClean(app)
  })

  it('the cover shares the report', async () => {
    const app = await launch()
    expect(app.share('onShareAppMessage')).toEqual({ title: REPORT_SHARE_TITLE, path: '/pages/index/index' })
    expect(app.share('onShareTimeline')).toEqual({ title: REPORT_SHARE_TITLE })
  })
})
