/**
 * 跟随宣读 with two phones and the desk, against the real server: a reading
 * starts, both phones show the banner, one follows card by card, the other is
 * offered the jump while it scrolls, the server restarts and the phones
 * recover without a reload, the reading ends and the banners go.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { readServerConfig } from '../../server/config'
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

/** The secretariat's desk: /admin/ on a laptop, signed in as a staff member of the demo roster. */
async function openDesk(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  contexts.push(context)
  const page = await context.newPage()
  const problems = watchProblems(page)
  await page.goto(`${app.server.url}/admin/`)
  await page.locator('#login-code').fill('NT9001')
  await page.locator('#login-pin').fill('947056')
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByRole('heading', { name: '现在宣读' }).waitFor()
  expect(problems.consoleErrors).toEqual([])
  return page
}

/** What the desk's panel says is being read. */
const deskSays = (desk: Page) => desk.locator('.live-now').textContent()

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
    const desk = await openDesk()

    // The desk starts the reading at a card of its list: both phones show the banner without a reload.
    await desk.locator('.live-order summary').click()
    await desk.getByRole('button', { name: TITLE_2_1, exact: true }).click()
    await expect.poll(() => deskSays(desk)).toBe(`正在宣读：${TITLE_2_1}`)
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 15_000 }).toBe(`正在宣读 · ${TITLE_2_1} ›`)
    // The section's list marks the card being read; the cover marks the tile.
    await expect.poll(() => scroller.locator('.card-list-item__live--reading >> visible=true').textContent()).toBe('正在宣读')
    await expect.poll(() => follower.locator('.section-tile--reading >> visible=true').count()).toBe(1)
    await saveScreenshot(follower, 'live-cover-banner')

    // One phone switches 跟随宣读 on: it opens what is being read, then moves with each change.
    await tapVisible(follower, '.live-banner__follow')
    await expect.poll(() => follower.url()).toContain('/pages/card/index?id=review-2-1')
    // The card being read says so.
    await expect.poll(() => follower.locator('.card-page__live--reading >> visible=true').textContent()).toBe('正在宣读')
    await desk.getByRole('button', { name: '下一项', exact: true }).click()
    await expect.poll(() => follower.url(), { timeout: 10_000 }).toContain('id=review-2-2')
    await expect.poll(() => cardTitleShown(follower, '重点项目成绩亮眼')).toBe(true)
    await expect.poll(() => bannerText(follower)).toBe(`正在宣读 · ${TITLE_2_2} ›`)

    // The other follows too, but is scrolling when the reading moves on: it is offered the jump and stays.
    await tapVisible(scroller, '.live-banner__follow')
    await expect.poll(() => scroller.url()).toContain('id=review-2-2')
    await scroller.waitForTimeout(500)
    await keepScrolling(scroller)
    await scroller.waitForTimeout(400)
    await desk.getByRole('button', { name: '下一项', exact: true }).click()
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
    // The same build comes back: sources others edit meanwhile must not make the restart rebuild it first.
    const indexHtml = path.join(readServerConfig().h5Dir, 'index.html')
    const now = new Date()
    fs.utimesSync(indexHtml, now, now)
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 15_000 }).toBe('')
    restarted = await startAppServer({ PORT: port, DATA_DIR: app.server.dataDir, ADMIN_TOKEN: app.server.adminToken })
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 40_000 }).toBe(`正在宣读 · ${TITLE_2_3} ›`)
    // The desk carries on where it was, once the other phone has been still for longer than a reader's scroll counts (2 s):
    // on a quiet machine the restart takes about a second, less than that.
    await scroller.waitForTimeout(2_500)
    await desk.getByRole('button', { name: '下一项', exact: true }).click()
    await expect.poll(() => deskSays(desk)).toBe(`正在宣读：${TITLE_2_4}`)
    expect(await (await fetch(`${restarted.url}/api/live/now`)).json()).toMatchObject({ seq: 4, target: { kind: 'card', id: 'review-2-4' } })
    await expect.poll(() => follower.url(), { timeout: 10_000 }).toContain('id=review-2-4')
    // The other phone is no longer scrolling: it follows again.
    await expect.poll(() => scroller.url(), { timeout: 10_000 }).toContain('id=review-2-4')
    await expect.poll(() => bannerText(scroller)).toBe(`正在宣读 · ${TITLE_2_4} ›`)

    // The reading ends: the banners go.
    await desk.getByRole('button', { name: '结束', exact: true }).click()
    await expect.poll(() => deskSays(desk)).toBe('现在没有宣读')
    for (const page of [follower, scroller]) await expect.poll(() => bannerText(page), { timeout: 10_000 }).toBe('')

    // What was read aloud stays marked 已宣读.
    await scroller.goto(`${restarted.url}/pages/section/index?id=review-2`)
    await expect.poll(() => scroller.locator('.card-list-item__live--read >> visible=true').count()).toBe(4)
    await scroller.goto(`${restarted.url}/pages/card/index?id=review-2-2`)
    await expect.poll(() => scroller.locator('.card-page__live--read >> visible=true').textContent()).toBe('已宣读')
    await scroller.goto(`${restarted.url}/pages/card/index?id=plan-1-1`)
    await scroller.getByText('报告全文', { exact: false }).first().waitFor({ state: 'attached' }).catch(() => undefined)
    expect(await scroller.locator('.card-page__live >> visible=true').count()).toBe(0)
  }, 120_000)
})
