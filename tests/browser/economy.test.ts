import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, SMALL_SCREENS, watchProblems } from './support/phone'

const app = appUnderTest()

for (const viewport of SMALL_SCREENS) {
  describe(`经济运行一览 at ${viewport.width}×${viewport.height}`, () => {
    it('compares only the 同比 changes, on one scale; no bar stands for a value; every row opens its card', async () => {
      const context = await newPhoneContext(app.browser, viewport)
      const page = await context.newPage()
      const problems = watchProblems(page)
      await page.goto(`${app.server.url}/pages/economy/index`, { waitUntil: 'networkidle' })
      const rows = page.locator('.economy-page__row').filter({ visible: true })
      await rows.first().waitFor({ state: 'visible' })

      const measured = await rows.evaluateAll((elements) =>
        elements.map((row) => {
          const fill = row.querySelector<HTMLElement>('.change-bar__fill')
          const half = fill?.parentElement
          const change = row.querySelector('.figure-change')?.textContent ?? ''
          return {
            name: row.querySelector('.economy-page__name')?.textContent ?? '',
            percent: Number(/([\d.]+)%/.exec(change)?.[1] ?? NaN),
            down: change.includes('↓'),
            share: fill && half ? fill.getBoundingClientRect().width / half.getBoundingClientRect().width : null,
            fillsLeft: fill && half ? half.classList.contains('change-bar__half--down') : null,
          }
        }),
      )
      const withChange = measured.filter((row) => row.share !== null)
      expect(withChange.length).toBeGreaterThanOrEqual(4)
      const largest = Math.max(...withChange.map((row) => row.percent))
      for (const row of withChange) {
        // One scale for all: the bar's length is the change against the largest change.
        expect(row.share!, row.name).toBeCloseTo(row.percent / largest, 1)
        expect(row.fillsLeft, `${row.name}: falls go left, rises right`).toBe(row.down)
      }
      // Indicators without a 同比 (such as a one-item group) show no bar at all, never a full one.
      for (const row of measured.filter((candidate) => Number.isNaN(candidate.percent))) expect(row.share, row.name).toBeNull()
      expect(await page.locator('.economy-page__bar').count()).toBe(0)

      // A row leads to its card.
      await page.getByRole('link', { name: /^地区生产总值/ }).click()
      await page.waitForURL(/\/pages\/card\/index\?id=review-2-1/)
      await page.getByRole('heading', { name: '经济运行承压回升' }).waitFor({ state: 'visible' })
      expect(problems.consoleErrors).toEqual([])
      await context.close()
    })
  })
}
