import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, SMALL_SCREENS, watchProblems, type ScreenSize } from './support/phone'

const app = appUnderTest()


async function phone(browser: Browser, size: ScreenSize, javaScriptEnabled = true) {
  const context = await newPhoneContext(browser, size, { javaScriptEnabled })
  const page = await context.newPage()
  return { context, page, problems: watchProblems(page) }
}

/** The visible level-1 heading (pages below in Taro's stack stay in the DOM, hidden). */
async function headingText(page: Page) {
  const heading = page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first()
  await heading.waitFor({ state: 'visible' })
  return (await heading.textContent())?.trim()
}

/** Waits for Taro's page transition to end: during it the page below is still visible. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  await page.waitForTimeout(100)
}

const visibleLink = (page: Page, name: string | RegExp) => page.getByRole('link', { name, exact: typeof name === 'string' }).filter({ visible: true }).first()

for (const size of SMALL_SCREENS) {
  describe(`never a dead end at ${size.width}×${size.height}`, () => {
    it('every non-tab page has ‹ 返回 and 目录; a page opened first has 目录 instead of 返回', async () => {
      const { context, page, problems } = await phone(app.browser, size)
      await page.goto(app.server.url, { waitUntil: 'networkidle' })
      await page.getByRole('link', { name: /经济发展保持稳健态势/ }).click()
      expect(await headingText(page)).toBe('克难求进，经济发展保持稳健态势')
      await visibleLink(page, '返回').click()
      await page.waitForURL((url) => !url.pathname.includes('section'))
      await page.getByText('数说上半年', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      await settled(page)

      for (const [link, heading, path] of [
        ['经济运行一览', '上半年经济运行一览', 'economy'],
        [/报告全文其他部分/, '报告全文其他部分', 'paragraph'],
      ] as const) {
        await page.getByRole('link', { name: link }).filter({ visible: true }).first().click()
        await page.waitForURL((url) => url.pathname.includes(path))
        await settled(page)
        expect(await headingText(page)).toBe(heading)
        await visibleLink(page, '目录').waitFor({ state: 'visible' })
        await visibleLink(page, '返回').click()
        await page.waitForURL((url) => !url.pathname.includes(path))
        await settled(page)
      }

      // Opened from a link: nothing to go back to inside the app, so no 返回 that leaves it.
      for (const address of ['/pages/card/index?id=review-2-3', '/pages/section/index?id=review-4', `/pages/search/index?q=${encodeURIComponent('核酸')}`, '/pages/economy/index', '/pages/paragraph/index']) {
        await page.goto(`${app.server.url}${address}`, { waitUntil: 'networkidle' })
        await visibleLink(page, '目录').waitFor({ state: 'visible' })
        expect(await page.getByRole('link', { name: '返回', exact: true }).filter({ visible: true }).count()).toBe(0)
      }
      await visibleLink(page, '目录').click()
      await page.getByText('数说上半年', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      expect(new URL(page.url()).pathname).toMatch(/^\/(pages\/index\/index)?$/)

      expect(problems.consoleErrors).toEqual([])
      await context.close()
    })

    it('a section ends with 下一节 ›, the last of 上半年 leads into 下半年, and 下一张 says when it crosses', async () => {
      const { context, page, problems } = await phone(app.browser, size)
      await page.goto(`${app.server.url}/pages/section/index?id=review-2`, { waitUntil: 'networkidle' })
      await page.getByText('下一节：三、城乡融合迈出崭新步伐', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      await visibleLink(page, '下一节 ›').click()
      expect(await headingText(page)).toBe('破立并举，城乡融合迈出崭新步伐')
      expect(new URL(page.url()).search).toBe('?id=review-3')

      await page.goto(`${app.server.url}/pages/section/index?id=review-7`, { waitUntil: 'networkidle' })
      await visibleLink(page, '进入下半年主要工作任务 ›').click()
      await expect.poll(() => new URL(page.url()).search).toBe('?id=plan-1')
      await page.getByText(/下半年主要工作任务/).filter({ visible: true }).first().waitFor({ state: 'visible' })

      // The last card of section 二: 下一张 names the section it enters.
      await page.goto(`${app.server.url}/pages/section/index?id=review-2`, { waitUntil: 'networkidle' })
      const cards = page.locator('.card-list-item').filter({ visible: true })
      await cards.last().click()
      await page.getByText('下一节：三、城乡融合迈出崭新步伐', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      await visibleLink(page, /^下一张/).click()
      await page.waitForURL(/id=review-3-1/)

      // The last card of 上半年: 下一张 enters 下半年.
      await page.goto(`${app.server.url}/pages/section/index?id=review-7`, { waitUntil: 'networkidle' })
      await page.locator('.card-list-item').filter({ visible: true }).last().click()
      await page.getByText('进入下半年主要工作任务', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      await visibleLink(page, /^下一张/).click()
      await page.waitForURL(/id=plan-1-1/)

      expect(problems.consoleErrors).toEqual([])
      await context.close()
    })

    it('the last card of the report leads on to 存在的不足, 结束语 and 提建议', async () => {
      const { context, page, problems } = await phone(app.browser, size)
      await page.goto(`${app.server.url}/pages/section/index?id=plan-1`, { waitUntil: 'networkidle' })
      // The last section of 下半年, from the switcher.
      await page.getByRole('navigation', { name: '切换章节' }).filter({ visible: true }).getByRole('link').last().click()
      await page.locator('.card-list-item').filter({ visible: true }).last().click()
      await page.waitForURL(/\/pages\/card\/index/)
      expect(await page.getByRole('link', { name: /^下一张/ }).filter({ visible: true }).count()).toBe(0)
      await visibleLink(page, /存在的不足/).waitFor({ state: 'visible' })
      await visibleLink(page, /结束语/).click()
      await page.waitForURL(/\/pages\/paragraph\/index\?id=plan-closing/)
      await settled(page)
      await visibleLink(page, '返回').click()
      await page.waitForURL(/\/pages\/card\/index/)
      await settled(page)
      await visibleLink(page, /提建议/).click()
      await page.waitForURL(/\/pages\/suggest\/index/)
      await context.close()
      expect(problems.failedRequests).toEqual([])
    })

    it('a shared card keeps 来自分享 and the report’s name, drawn the same by the static shell (no jump)', async () => {
      const address = `${app.server.url}/pages/card/index?id=review-4-2&from=share`
      const still = await phone(app.browser, size, false)
      await still.page.goto(address)
      await still.page.getByText('来自分享', { exact: true }).waitFor({ state: 'visible' })
      await still.page.getByText('牛塘镇2022年上半年政府工作报告 · 阅读全文 ›', { exact: true }).waitFor({ state: 'visible' })
      const shellTitleY = (await still.page.locator('.ss-card-title').boundingBox())!.y
      await still.context.close()

      const { context, page, problems } = await phone(app.browser, size)
      await page.goto(address, { waitUntil: 'networkidle' })
      expect(await headingText(page)).toBe('污染防治精准发力')
      await page.getByText('来自分享', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })
      const appTitleY = (await page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first().boundingBox())!.y
      expect(Math.abs(appTitleY - shellTitleY)).toBeLessThanOrEqual(12)

      // A visitor from a share is usually not a delegate: 提建议 is there, but not the red button.
      const suggest = page.getByRole('button', { name: '提建议' }).filter({ visible: true })
      const background = await suggest.evaluate((element) => getComputedStyle(element).backgroundColor)
      expect(background).not.toBe('rgb(183, 28, 28)')
      await visibleLink(page, '牛塘镇2022年上半年政府工作报告 · 阅读全文 ›').click()
      await page.getByText('数说上半年', { exact: true }).filter({ visible: true }).waitFor({ state: 'visible' })

      // Opened normally, 提建议 is the primary action.
      await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`, { waitUntil: 'networkidle' })
      const primary = await page.getByRole('button', { name: '提建议' }).filter({ visible: true }).evaluate((element) => getComputedStyle(element).backgroundColor)
      expect(primary).toBe('rgb(183, 28, 28)')
      expect(problems.consoleErrors).toEqual([])
      await context.close()
    })
  })
}
