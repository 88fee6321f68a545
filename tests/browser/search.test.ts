import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()

describe('searching the report on a phone', () => {
  it('offers suggested queries, lists the epidemic cards for 核酸 with the word marked, and opens one', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(`${app.server.url}/pages/search/index`, { waitUntil: 'networkidle' })
    const input = page.getByRole('searchbox', { name: '搜索报告内容' })
    await input.waitFor({ state: 'visible' })
    expect(await input.getAttribute('placeholder')).toBe('搜索报告内容，如：核酸')
    // The empty state: suggested queries as buttons.
    for (const query of ['核酸', '小微水体', '减税降费', '安全生产']) {
      await page.getByRole('button', { name: query, exact: true }).waitFor({ state: 'visible' })
    }
    await saveScreenshot(page, 'search-empty')
    expect(await seriousAxeViolations(page)).toEqual([])

    await input.fill('核酸')
    const count = page.getByText(/^找到 \d+ 条$/)
    await count.waitFor({ state: 'visible' })
    const found = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0])
    const results = page.getByRole('link')
    expect(await results.count()).toBe(found)
    // The two first-half epidemic cards are among them, with their section.
    const control = results.filter({ hasText: '管控阻击精准有效' })
    const order = results.filter({ hasText: '秩序恢复平稳有序' })
    await control.waitFor({ state: 'visible' })
    await order.waitFor({ state: 'visible' })
    expect(await control.textContent()).toContain('上半年 · 一、疫情防控筑牢内外屏障')
    // Every marked word is the query, and each result has one.
    const marks = await page.locator('.search-mark').allTextContents()
    expect(marks.length).toBeGreaterThanOrEqual(found)
    expect(new Set(marks)).toEqual(new Set(['核酸']))
    await saveScreenshot(page, 'search-results')
    expect(await seriousAxeViolations(page)).toEqual([])

    await control.click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-1-2$/)
    const heading = page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first()
    await heading.waitFor({ state: 'visible' })
    expect((await heading.textContent())?.trim()).toBe('管控阻击精准有效')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('narrows with several words, says when nothing is found, and takes ?q= from a link', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(`${app.server.url}/pages/search/index?q=${encodeURIComponent('小微水体')}`, { waitUntil: 'networkidle' })
    const input = page.getByRole('searchbox', { name: '搜索报告内容' })
    await input.waitFor({ state: 'visible' })
    expect(await input.inputValue()).toBe('小微水体')
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    const all = await page.getByRole('link').count()
    expect(all).toBeGreaterThan(1)

    await input.fill('小微水体 34')
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    const narrowed = await page.getByRole('link').count()
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(all)

    await input.fill('月球基地')
    await page.getByText('没有找到与「月球基地」相关的内容，换个词试试').waitFor({ state: 'visible' })
    expect(await page.getByRole('link').count()).toBe(0)

    // A suggested query fills the box.
    await page.getByRole('button', { name: '清除' }).click()
    await page.getByRole('button', { name: '减税降费', exact: true }).click()
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    expect(await input.inputValue()).toBe('减税降费')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })
})
