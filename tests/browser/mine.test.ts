import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()

/** The page on screen: Taro keeps earlier pages of the stack in the DOM, hidden. */
function visibleRoot(page: Page) {
  return page.locator('.reading-page').filter({ visible: true }).first()
}

async function bodyFontPx(page: Page): Promise<number> {
  const root = visibleRoot(page)
  await root.waitFor({ state: 'visible' })
  return root.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
}

async function expectNoHorizontalOverflow(page: Page) {
  const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))
  expect(width).toBeLessThanOrEqual(390)
}

async function cardHeading(page: Page) {
  const heading = page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first()
  await heading.waitFor({ state: 'visible' })
  return (await heading.textContent())?.trim()
}

describe('我的 on a phone', () => {
  it('lists a card bookmarked on its page after a reload, and opens it from there', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(`${app.server.url}/pages/mine/index`, { waitUntil: 'networkidle' })
    await page.getByText('还没有收藏。阅读卡片时点「收藏」，就能在这里找到。').waitFor({ state: 'visible' })
    await page.getByText('已读 0 / 23').waitFor({ state: 'visible' })
    await page.getByText('已读 0 / 19').waitFor({ state: 'visible' })

    await page.goto(`${app.server.url}/pages/card/index?id=review-2-3`, { waitUntil: 'networkidle' })
    expect(await cardHeading(page)).toBe('企业培育精准有效')
    await page.getByRole('button', { name: '收藏' }).filter({ visible: true }).first().click()

    await page.goto(`${app.server.url}/pages/mine/index`, { waitUntil: 'networkidle' })
    await page.reload({ waitUntil: 'networkidle' })
    const saved = page.getByRole('link', { name: /企业培育精准有效/ })
    await saved.waitFor({ state: 'visible' })
    expect(await saved.textContent()).toContain('经济发展保持稳健态势')
    // Opening the card counted it as read in the first half.
    await page.getByText('已读 1 / 23').waitFor({ state: 'visible' })
    await page.getByText('已读 0 / 19').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'mine-default')
    expect(await seriousAxeViolations(page)).toEqual([])

    await saved.click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-2-3$/)
    expect(await cardHeading(page)).toBe('企业培育精准有效')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('keeps 关怀 across a reload, on the cover, a card and search, with nothing overflowing', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(`${app.server.url}/pages/mine/index`, { waitUntil: 'networkidle' })
    const standardPx = await bodyFontPx(page)
    const largest = page.getByRole('button', { name: '关怀', exact: true })
    expect(await page.getByRole('button', { name: '标准', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await largest.click()
    expect(await largest.getAttribute('aria-pressed')).toBe('true')
    expect(await page.getByRole('button', { name: '标准', exact: true }).getAttribute('aria-pressed')).toBe('false')
    // The design's steps: 16 px body at 标准, 24 px at 关怀.
    expect((await bodyFontPx(page)) / standardPx).toBeCloseTo(24 / 16, 2)

    await page.reload({ waitUntil: 'networkidle' })
    await largest.waitFor({ state: 'visible' })
    expect(await largest.getAttribute('aria-pressed')).toBe('true')
    expect((await bodyFontPx(page)) / standardPx).toBeCloseTo(24 / 16, 2)
    await expectNoHorizontalOverflow(page)
    await saveScreenshot(page, 'mine-largest')
    // Taro H5 scrolls the page element, not the window: bring the control and its sample into view.
    await page.locator('.type-size-control__sample').filter({ visible: true }).first().evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await saveScreenshot(page, 'mine-largest-type-size')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    expect((await bodyFontPx(page)) / standardPx).toBeCloseTo(24 / 16, 2)
    await expectNoHorizontalOverflow(page)

    await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`, { waitUntil: 'networkidle' })
    await cardHeading(page)
    expect((await bodyFontPx(page)) / standardPx).toBeCloseTo(24 / 16, 2)
    await expectNoHorizontalOverflow(page)

    await page.goto(`${app.server.url}/pages/search/index?q=${encodeURIComponent('核酸')}`, { waitUntil: 'networkidle' })
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    expect((await bodyFontPx(page)) / standardPx).toBeCloseTo(24 / 16, 2)
    await expectNoHorizontalOverflow(page)
    await saveScreenshot(page, 'search-results-largest')
    expect(await seriousAxeViolations(page)).toEqual([])

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })
})
