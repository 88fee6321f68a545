/**
 * 跟随宣读 with two phones and the desk, against the real server: a reading
 * starts, both phones show the banner, one follows card by card, the other is
 * offered the jump while it scrolls, the server restarts and the phones
 * recover without a reload, the reading ends and the banners go.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { startAppServer, type RunningServer } from './support/app-server'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()
let restarted: RunningServer | undefined
const contexts: BrowserContext[] = []

afterAll(async () => {
  for (const context of contexts) await context.close()
  await restarted?.stop()
})

async function phone(path: string): Promise<Page> {
  const context = await newPhoneContext(app.browser)
  contexts.push(context)
  const page = await context.newPage()
  watchProblems(page)
  await page.goto(`${app.server.url}${path}`)
  return page
}

async function desk(url: string, target: { kind: string; id: string } | null) {
  const response = await fetch(`${url}/api/admin/live`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.server.adminToken}` },
    body: JSON.stringify({ target }),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { seq: number; title: string }
}

/** The banner's text on the page on screen ('' when there is none). */
const bannerText = (page: Page) =>
  page.evaluate(() => {
    const banner = [...document.querySelectorAll<HTMLElement>('.live-banner__text')].find((element) => element.getClientRects().length > 0)
    return banner?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
  })

const offerShown = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.live-banner__offer')].some((element) => element.getClientRects().length > 0))

const cardTitleShown = (page: Page, title: string) =>
  page.evaluate((wanted) => [...document.querySelectorAll<HTMLElement>('h1, [role="heading"]')].some((element) => element.getClientRects().length > 0 && element.textContent?.includes(wanted)), title)

async function tapVisible(page: Page, selector: string) {
  await page.locator(`${selector} >> visible=true`).first().click()
}

/** Scrolls the page on screen a little every 100 ms (a reader reading on), until stopped. */
const keepScrolling = (page: Page) =>
  page.evaluate(() => {
    let direction = 40
    const timer = setInterval(() => {
      const scroller = [...document.querySelectorAll<HTMLElement>('.taro_page')].find((element) => element.getClientRects().length > 0)
      direction = -direction
      if (scroller) scroller.scrollTop += direction
      window.scrollBy(0, direction)
      document.dispatchEvent(new Event('scroll'))
    }, 100)
    ;(window as unknown as { stopScrolling: () => void }).stopScrolling = () => clearInterval(timer)
  })

const TITLE_2_1 = '二、经济发展保持稳健态势 · 经济运行承压回升'
const TITLE_2_2 = '二、经济发展保持稳健态势 · 重点项目成绩亮眼'
const TITLE_2_3 = '二、经济发展保持稳健态势 · 企业培育精准有效'
const TITLE_2_4 = '二、经济发展保持稳健态势 · 创新动能持续蓄积'

describe('跟随宣读 on two phones', () => {
  it('follows the reading card by card, offers the jump while scrolling, survives a server restart, and ends', async () => {
    const follower = await phone('/')
    const scroller = await phone('/pages/section/index?id=review-2')
    await follower.getByText('疫情防控筑牢内外屏障').first().waitFor()
    await scroller.getByText('企业培育精准有效').first().waitFor()

    // The desk starts the reading: both phones show the banner without a reload.
    await desk(app.server.url, { kind: 'card', id: 'review-2-1' })
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 15_000 }).toBe(`正在宣读 · ${TITLE_2_1} ›`)
    // The section's list marks the card being read; the cover marks the tile.
    await expect.poll(() => scroller.locator('.card-list-item__live--reading >> visible=true').textContent()).toBe('正在宣读')
    await expect.poll(() => follower.locator('.section-tile--reading >> visible=true').count()).toBe(1)
    await saveScreenshot(follower, 'live-cover-banner')

    // One phone switches 跟随宣读 on: it opens what is being read, then moves with each change.
    await tapVisible(follower, '.live-banner__follow')
    await expect.poll(() => follower.url()).toContain('/pages/card/index?id=review-2-1')
    await desk(app.server.url, { kind: 'card', id: 'review-2-2' })
    await expect.poll(() => follower.url(), { timeout: 10_000 }).toContain('id=review-2-2')
    await expect.poll(() => cardTitleShown(follower, '重点项目成绩亮眼')).toBe(true)
    await expect.poll(() => bannerText(follower)).toBe(`正在宣读 · ${TITLE_2_2} ›`)

    // The other follows too, but is scrolling when the reading moves on: it is offered the jump and stays.
    await tapVisible(scroller, '.live-banner__follow')
    await expect.poll(() => scroller.url()).toContain('id=review-2-2')
    await scroller.waitForTimeout(500)
    await keepScrolling(scroller)
    await scroller.waitForTimeout(400)
    await desk(app.server.url, { kind: 'card', id: 'review-2-3' })
    await expect.poll(() => follower.url(), { timeout: 10_000 }).toContain('id=review-2-3')
    await expect.poll(() => bannerText(scroller)).toBe(`正在宣读 · ${TITLE_2_3} ›`)
    expect(await offerShown(scroller)).toBe(true)
    expect(scroller.url()).toContain('id=review-2-2')
    await saveScreenshot(scroller, 'live-offer-while-scrolling')
    await scroller.evaluate(() => (window as unknown as { stopScrolling: () => void }).stopScrolling())
    // Taking the offer opens it.
    await tapVisible(scroller, '.live-banner__now')
    await expect.poll(() => scroller.url()).toContain('id=review-2-3')

    // The server restarts (same address, same data): the banners go while it is away, then come back by themselves.
    const port = new URL(app.server.url).port
    await app.server.stop()
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 15_000 }).toBe('')
    restarted = await startAppServer({ PORT: port, DATA_DIR: app.server.dataDir, ADMIN_TOKEN: app.server.adminToken })
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 40_000 }).toBe(`正在宣读 · ${TITLE_2_3} ›`)
    const after = await desk(restarted.url, { kind: 'card', id: 'review-2-4' })
    expect(after.seq).toBe(4)
    await expect.poll(() => follower.url(), { timeout: 10_000 }).toContain('id=review-2-4')
    // The other phone is no longer scrolling: it follows again.
    await expect.poll(() => scroller.url(), { timeout: 10_000 }).toContain('id=review-2-4')
    await expect.poll(() => bannerText(scroller)).toBe(`正在宣读 · ${TITLE_2_4} ›`)

    // The reading ends: the banners go.
    await desk(restarted.url, null)
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 10_000 }).toBe('')

    // What was read aloud stays marked 已宣读.
    await scroller.goto(`${restarted.url}/pages/section/index?id=review-2`)
    await expect.poll(() => scroller.locator('.card-list-item__live--read >> visible=true').count()).toBe(4)
  }, 120_000)
})
