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
    // The results are the links of the result list (the top bar has its own: 目录).
    const results = page.locator('.search-results').getByRole('link')
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
    const resultLinks = () => page.locator('.search-results').getByRole('link')
    const all = await resultLinks().count()
    expect(all).toBeGreaterThan(1)

    await input.fill('小微水体 34')
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    const narrowed = await resultLinks().count()
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(all)

    await input.fill('月球基地')
    await page.getByText('没有找到与「月球基地」相关的内容，换个词试试').waitFor({ state: 'visible' })
    expect(await resultLinks().count()).toBe(0)

    // A suggested query fills the box.
    await page.getByRole('button', { name: '清除' }).click()
    await page.getByRole('button', { name: '减税降费', exact: true }).click()
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    expect(await input.inputValue()).toBe('减税降费')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('forgives: abbreviations find the report’s terms, a slip gets 你要找的是不是, one clear button, and a result opens at its sentence', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(`${app.server.url}/pages/search/index`, { waitUntil: 'networkidle' })
    const input = page.getByRole('searchbox', { name: '搜索报告内容' })
    await input.waitFor({ state: 'visible' })

    for (const [typed, term] of [
      ['GDP', '地区生产总值'],
      ['规上', '规模以上'],
      ['固投', '固定资产投资'],
      ['限上', '限额以上'],
      ['疫苗', '接种'],
    ] as const) {
      await input.fill(typed)
      await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
      expect(await page.locator('.search-mark').allTextContents(), typed).toContain(term)
    }

    await input.fill('核算')
    await page.getByText('没有找到与「核算」相关的内容，换个词试试').waitFor({ state: 'visible' })
    await page.getByText('你要找的是不是：').waitFor({ state: 'visible' })
    // The suggested queries stay, and there is one clear button (the browser's own × is hidden).
    await page.getByRole('button', { name: '减税降费', exact: true }).waitFor({ state: 'visible' })
    expect(await page.getByRole('button', { name: '清除' }).count()).toBe(1)
    // The browser's own × of a search field is hidden by a rule that applies to this input.
    const nativeClearHidden = await input.evaluate((element) =>
      [...document.styleSheets].some((sheet) => {
        try {
          return [...sheet.cssRules].some((rule) => {
            if (!(rule instanceof CSSStyleRule) || rule.style.display !== 'none') return false
            return rule.selectorText.split(',').some((selector) => {
              const [target, pseudo] = selector.trim().split('::')
              return pseudo === '-webkit-search-cancel-button' && !!target && element.matches(target)
            })
          })
        } catch {
          return false
        }
      }),
    )
    expect(nativeClearHidden).toBe(true)
    await saveScreenshot(page, 'search-closest')
    await page.getByRole('button', { name: '核酸', exact: true }).first().click()
    expect(await input.inputValue()).toBe('核酸')
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })

    // A result opens its card at the matched sentence, marked and on screen.
    await input.fill('疫苗')
    await page.locator('.search-results').getByRole('link').first().click()
    await page.waitForURL(/\/pages\/card\/index\?id=/)
    const found = page.locator('[data-found="true"]').filter({ visible: true })
    await found.waitFor({ state: 'visible' })
    expect(await found.textContent()).toContain('接种')
    await expect.poll(async () => {
      const box = await found.boundingBox()
      return box ? box.y >= 0 && box.y < 844 : false
    }).toBe(true)

    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })
})
