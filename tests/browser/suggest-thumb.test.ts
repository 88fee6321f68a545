import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, saveScreenshot, SMALL_SCREENS, watchProblems } from './support/phone'

const app = appUnderTest()
/** The demo roster's pin of a code (the server runs on content/roster/demo.csv). */
const demoPin = (code: string) => readFileSync('content/roster/demo.csv', 'utf8').split('\n').find((line) => line.startsWith(`${code},`))!.split(',')[4]!

/** The native field a label names (Taro's H5 Textarea wraps one in a custom element). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('xpath=descendant-or-self::*[self::input or self::textarea]')

async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  await page.waitForTimeout(150)
}


for (const viewport of SMALL_SCREENS) {
  describe(`the suggestion form with one thumb at ${viewport.width}×${viewport.height}`, () => {
    it('keeps 提交 on screen, leads to the first problem, and the textarea looks like the inputs', async () => {
      const context = await newPhoneContext(app.browser, viewport)
      const page = await context.newPage()
      const problems = watchProblems(page)
      await page.goto(`${app.server.url}/pages/suggest/index`, { waitUntil: 'networkidle' })
      const submit = page.locator('.nut-button', { hasText: '提交' })
      await submit.waitFor({ state: 'visible' })
      // Without scrolling, 提交 is inside the screen (above the tab bar).
      const tabBarTop = (await page.locator('.weui-tabbar').boundingBox())?.y ?? viewport.height
      const box = (await submit.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(tabBarTop + 1)

      // The textarea has the inputs' padding and type.
      const look = (label: string) =>
        field(page, label).evaluate((element) => {
          const style = getComputedStyle(element)
          return { padding: `${style.paddingTop} ${style.paddingLeft}`, font: `${style.fontSize} ${style.fontFamily}` }
        })
      expect(await look('内容')).toEqual(await look('标题'))

      // An empty form: the first problem (the card) is shown and focused.
      await submit.click()
      await page.getByText('请选择相关的报告卡片').waitFor({ state: 'visible' })
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#field-cardId') !== null)).toBe(true)

      // A bad phone number says what to do, and the cursor goes there.
      await page.getByRole('button', { name: /选择卡片/ }).click()
      await page.getByRole('button', { name: '报告总体', exact: true }).click()
      await field(page, '标题').fill('建议报告多用对比数据')
      await field(page, '内容').fill('建议在报告中增加与去年同期的对比，便于代表审议时把握变化。')
      await field(page, '联系电话').fill('12345')
      await submit.click()
      await page.getByText('请填写11位手机号', { exact: true }).waitFor({ state: 'visible' })
      await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label'))).toBe('联系电话')
      const phoneBox = (await field(page, '联系电话').boundingBox())!
      expect(phoneBox.y).toBeGreaterThanOrEqual(0)
      expect(phoneBox.y + phoneBox.height).toBeLessThanOrEqual(viewport.height)
      await saveScreenshot(page, `suggest-error-${viewport.width}`)
      expect(problems.consoleErrors).toEqual([])
      await context.close()
    })
  })
}

describe('a draft belongs to its card; the receipt leads back to reading', () => {
  it('asks 继续草稿 or 新写一条, keeps each draft with its card, and offers 返回《…》继续阅读 at the receipt’s top', async () => {
    const context = await newPhoneContext(app.browser, { width: 360, height: 640 })
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: '提建议' }).click()
    await page.waitForURL(/\/pages\/suggest\/index/)
    await page.locator('.suggest-form__card').getByText('污染防治精准发力', { exact: true }).waitFor({ state: 'visible' })
    await field(page, '标题').fill('加快剩余小微水体治理')

    await page.goto(`${app.server.url}/pages/card/index?id=review-2-3`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: '提建议' }).click()
    await page.waitForURL(/\/pages\/suggest\/index/)
    await page.getByRole('button', { name: '继续草稿' }).waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '新写一条' }).click()
    await page.locator('.suggest-form__card').getByText('企业培育精准有效', { exact: true }).waitFor({ state: 'visible' })
    expect(await field(page, '标题').inputValue()).toBe('')

    // Back on the first card, its own draft returns.
    await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`, { waitUntil: 'networkidle' })
    await page.getByRole('button', { name: '提建议' }).click()
    await page.waitForURL(/\/pages\/suggest\/index/)
    await expect.poll(() => field(page, '标题').inputValue()).toBe('加快剩余小微水体治理')

    // Send it: the receipt opens at its top and leads back to the card.
    await field(page, '内容').fill('建议公布剩余小微水体的治理时间表，并请各村按月通报进度。')
    await field(page, '代表编码').fill('NT0003')
    await field(page, '口令').fill(demoPin('NT0003'))
    await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((element) => (element.scrollTop = element.scrollHeight)))
    await page.locator('.nut-button', { hasText: '提交' }).click()
    await page.getByText('建议已提交，回执编号').waitFor({ state: 'visible' })
    await expect.poll(async () => (await page.getByText('建议已提交，回执编号').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
    expect((await page.getByText('建议已提交，回执编号').boundingBox())!.y).toBeLessThan(320)
    await page.getByRole('button', { name: '返回《污染防治精准发力》继续阅读' }).click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-4-2/)
    await settled(page)
    await page.getByRole('heading', { name: '污染防治精准发力' }).filter({ visible: true }).waitFor({ state: 'visible' })

    // 存在的不足 carries 提建议 and the form opens with it chosen.
    await page.goto(`${app.server.url}/pages/paragraph/index?id=review-shortcomings`, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: '对「存在的不足」提建议 ›' }).click()
    await page.waitForURL(/\/pages\/suggest\/index/)
    await page.locator('.suggest-form__card').getByText('存在的不足', { exact: true }).waitFor({ state: 'visible' })
    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })
})
