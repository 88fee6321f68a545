import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems, type PageProblems } from './support/phone'

const SCREENS = {
  cover: '/',
  section: '/pages/section/index?id=review-4',
  card: '/pages/card/index?id=review-2-1',
  economy: '/pages/economy/index',
  paragraph: '/pages/paragraph/index',
} as const

const app = appUnderTest()

interface Phone {
  context: BrowserContext
  page: Page
  problems: PageProblems
}

async function openPhone(): Promise<Phone> {
  const context = await newPhoneContext(app.browser)
  const page = await context.newPage()
  return { context, page, problems: watchProblems(page) }
}

/** Neither the document nor the page's own scroller (Taro H5 scrolls inside the page) is wider than the phone. */
async function expectNoHorizontalOverflow(page: Page) {
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    ...[...document.querySelectorAll<HTMLElement>('.taro_page')]
      .filter((element) => element.offsetParent !== null || element.getClientRects().length > 0)
      .map((element) => element.scrollWidth),
  ])
  for (const width of widths) expect(width).toBeLessThanOrEqual(390)
}

/** Every visible link and button of the shown page is at least 44 × 44 CSS px (design: tap target). */
async function expectTapTargets(page: Page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="link"], [role="button"]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.textContent?.trim().slice(0, 20)} ${Math.round(box.width)}×${Math.round(box.height)}`),
  )
  expect(small).toEqual([])
}

/** Waits for Taro's page transition to finish so the screenshot shows the settled screen. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  await page.waitForTimeout(100)
}

async function shoot(page: Page, name: string) {
  await settled(page)
  await saveScreenshot(page, name)
}

/** What a reader sees on screen: the visible card title is the page's level-1 heading. */
async function headingText(page: Page) {
  const heading = page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first()
  await heading.waitFor({ state: 'visible' })
  return (await heading.textContent())?.trim()
}

/** Waits until this exact text is on screen (pages below in the stack stay in the DOM, hidden). */
async function seen(page: Page, text: string) {
  await page.getByText(text, { exact: true }).filter({ visible: true }).first().waitFor({ state: 'visible' })
}

describe('reading the report on a phone', () => {
  it('goes cover → section → card → 下一张, with figures highlighted and the other half linked', async () => {
    const { context, page, problems } = await openPhone()
    await page.goto(app.server.url, { waitUntil: 'networkidle' })

    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    await page.getByText('搜索报告内容').waitFor({ state: 'visible' })
    await page.getByText('上半年工作回顾', { exact: true }).waitFor({ state: 'visible' })
    await page.getByText('下半年主要工作任务', { exact: true }).waitFor({ state: 'visible' })
    // No card has been read in this fresh context: no 继续阅读 bar yet.
    expect(await page.getByText(/^继续阅读/).count()).toBe(0)
    await expectNoHorizontalOverflow(page)
    await expectTapTargets(page)
    await shoot(page, 'reading-cover')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('link', { name: /经济发展保持稳健态势/ }).click()
    await page.waitForURL(/\/pages\/section\/index\?id=review-2/)
    expect(await headingText(page)).toBe('克难求进，经济发展保持稳健态势')
    await page.getByText('经济运行承压回升').waitFor({ state: 'visible' })
    await page.getByText('45.2亿元').first().waitFor({ state: 'visible' })
    await expectNoHorizontalOverflow(page)
    await expectTapTargets(page)
    await shoot(page, 'reading-section')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('link', { name: /企业培育精准有效/ }).click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-2-3/)
    expect(await headingText(page)).toBe('企业培育精准有效')
    await page.getByText('下半年怎么干').waitFor({ state: 'visible' })
    await page.getByRole('link', { name: /稳住市场主体激发活力/ }).waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '收藏' }).waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '分享' }).waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '提建议' }).waitFor({ state: 'visible' })

    await page.getByRole('link', { name: /^下一张/ }).click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-2-4/)
    expect(await headingText(page)).toBe('创新动能持续蓄积')

    // Back on the cover, 继续阅读 now names the last card read and where it is, and leads to it.
    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    await page.getByText(/^继续阅读：创新动能持续蓄积（二 · 4\/\d+）$/).click()
    await page.waitForURL(/\/pages\/card\/index\?id=review-2-4/)
    expect(await headingText(page)).toBe('创新动能持续蓄积')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('moves to the neighbouring section with the switcher, without going back', async () => {
    const { context, page, problems } = await openPhone()
    await page.goto(`${app.server.url}/pages/section/index?id=review-2`, { waitUntil: 'networkidle' })
    expect(await headingText(page)).toBe('克难求进，经济发展保持稳健态势')
    const current = page.locator('[aria-current="page"]').filter({ visible: true })
    expect(await current.getAttribute('aria-label')).toContain('经济发展保持稳健态势')

    // Sticky: after scrolling down the list the switcher is still at the top of the screen.
    await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((element) => (element.scrollTop = 600)))
    const switcher = page.getByRole('navigation', { name: '切换章节' }).filter({ visible: true })
    expect((await switcher.boundingBox())?.y).toBeLessThanOrEqual(1)
    expect(await page.evaluate(() => Math.max(...[...document.querySelectorAll('.taro_page')].map((element) => element.scrollTop)))).toBeGreaterThan(0)

    await page.getByRole('link', { name: /城乡融合迈出崭新步伐/ }).click()
    expect(await headingText(page)).toBe('破立并举，城乡融合迈出崭新步伐')
    // The new section starts at its top: its headline is on screen, not scrolled away.
    await expect
      .poll(async () => (await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().boundingBox())?.y ?? -1)
      .toBeGreaterThan(0)
    expect((await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().boundingBox())!.y).toBeLessThan(400)
    await page.getByText('空间框架更加清晰').waitFor({ state: 'visible' })
    expect(await current.getAttribute('aria-label')).toContain('城乡融合迈出崭新步伐')
    // The switcher stays within the part: seven review sections, no plan section.
    expect(await page.getByRole('navigation', { name: '切换章节' }).getByRole('link').count()).toBe(7)

    // The address follows the switch: a reload opens the section on screen.
    expect(new URL(page.url()).search).toBe('?id=review-3')
    await page.reload({ waitUntil: 'networkidle' })
    expect(await headingText(page)).toBe('破立并举，城乡融合迈出崭新步伐')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('opens a deep link cold, survives a reload, and shows done vs goal side by side', async () => {
    const { context, page, problems } = await openPhone()
    await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`, { waitUntil: 'networkidle' })
    expect(await headingText(page)).toBe('污染防治精准发力')
    await page.getByText('小微水体综合治理').waitFor({ state: 'visible' })
    await page.reload({ waitUntil: 'networkidle' })
    expect(await headingText(page)).toBe('污染防治精准发力')
    const pair = page.locator('.progress-pair').filter({ hasText: '小微水体综合治理' })
    await pair.waitFor({ state: 'visible' })
    const pairText = (await pair.textContent()) ?? ''
    expect(pairText.indexOf('34')).toBeGreaterThanOrEqual(0)
    expect(pairText.indexOf('35')).toBeGreaterThan(pairText.indexOf('34'))
    await expectNoHorizontalOverflow(page)
    await expectTapTargets(page)
    await shoot(page, 'reading-card')
    await page.locator('.progress-pair').first().scrollIntoViewIfNeeded()
    await shoot(page, 'reading-card-related')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Bookmarking shows its state.
    await page.getByRole('button', { name: '收藏' }).click()
    await page.getByRole('button', { name: '已收藏' }).waitFor({ state: 'visible' })

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('opens search from the cover, and 提建议 opens the form with this card chosen', async () => {
    const { context, page } = await openPhone()
    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: '搜索报告内容' }).click()
    await page.waitForURL(/\/pages\/search\/index/)

    await page.goto(`${app.server.url}/pages/card/index?id=review-6-2`, { waitUntil: 'networkidle' })
    expect(await headingText(page)).toBe('安全发展底板持续筑牢')
    await page.getByRole('button', { name: '提建议' }).click()
    await page.waitForURL(/\/pages\/suggest\/index/)
    // The tab switch cannot carry the card: it waits in storage until the form takes it into
    // its draft (Taro H5 wraps stored values as {data}; writeStored stores JSON).
    const chosen = () =>
      page.evaluate(() => {
        const read = (key: string): unknown => {
          const raw = localStorage.getItem(key)
          if (!raw) return null
          const data = (JSON.parse(raw) as { data?: unknown }).data
          return typeof data === 'string' ? JSON.parse(data) : data
        }
        const draft = read('suggest.draft') as { cardId?: string } | null
        return [read('suggest.pendingCardId'), draft?.cardId ?? null]
      })
    await expect.poll(async () => (await chosen()).includes('review-6-2')).toBe(true)
    // Console errors of the search and suggest pages are their own tests' business.
    await context.close()
  })

  it('says plainly when a card does not exist and leads back to the cover', async () => {
    const { context, page, problems } = await openPhone()
    await page.goto(`${app.server.url}/pages/card/index?id=review-99-1`, { waitUntil: 'networkidle' })
    await page.getByText('未找到这张卡片').waitFor({ state: 'visible' })
    await page.getByRole('link', { name: '回到报告首页' }).click()
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('shows the economy at a glance and the rest of the report', async () => {
    const { context, page, problems } = await openPhone()
    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    await page.getByRole('link', { name: '经济运行一览' }).click()
    await page.waitForURL(/\/pages\/economy\/index/)
    await seen(page, '地区生产总值')
    await seen(page, '新增企业法人')
    await page.locator('[aria-label="同比下降12.43%"]').filter({ visible: true }).first().waitFor({ state: 'visible' })
    await expectNoHorizontalOverflow(page)
    await expectTapTargets(page)
    await shoot(page, 'reading-economy')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.goto(`${app.server.url}/pages/paragraph/index?id=review-shortcomings`, { waitUntil: 'networkidle' })
    await page.getByText('存在的不足', { exact: true }).last().waitFor({ state: 'visible' })
    await page.getByText(/在肯定成绩的同时/).waitFor({ state: 'visible' })
    await page.getByText(/星光不问赶路人/).waitFor({ state: 'attached' })
    // The table of contents at the top (Taro H5 scrolls the page element, not the window).
    await page.evaluate(() => document.querySelectorAll('.taro_page').forEach((element) => (element.scrollTop = 0)))
    await expectNoHorizontalOverflow(page)
    await expectTapTargets(page)
    await shoot(page, 'reading-paragraph')
    expect(await seriousAxeViolations(page)).toEqual([])

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('reads at the largest type size (关怀) on every screen without horizontal overflow', async () => {
    const { context, page, problems } = await openPhone()
    // The stored choice as the app writes it: Taro H5 keeps {data} in localStorage; writeStored stores JSON.
    await context.addInitScript(() => {
      localStorage.setItem('prefs.typeStep', JSON.stringify({ data: JSON.stringify(4) }))
    })
    for (const [name, path] of Object.entries(SCREENS)) {
      await page.goto(`${app.server.url}${path}`, { waitUntil: 'networkidle' })
      const root = page.locator('.reading-page').filter({ visible: true }).first()
      await root.waitFor({ state: 'visible' })
      expect(await root.getAttribute('class')).toContain('type-step-4')
      await expectNoHorizontalOverflow(page)
      await shoot(page, `reading-${name}-largest`)
    }
    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })
})
