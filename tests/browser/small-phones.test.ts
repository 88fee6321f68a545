import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { brokenHeadings, headingLines, overflowingElements, smallTapTargets } from './support/layout-checks'
import { newPhoneContext, saveScreenshot, SMALL_SCREENS, watchProblems } from './support/phone'

/** Every screen a reader reaches, by its address. */
const SCREENS = {
  cover: '/',
  section: '/pages/section/index?id=review-4',
  card: '/pages/card/index?id=review-4-2',
  'card-shared': '/pages/card/index?id=review-4-2&from=share',
  search: `/pages/search/index?q=${encodeURIComponent('核酸')}`,
  'search-none': `/pages/search/index?q=${encodeURIComponent('核算')}`,
  economy: '/pages/economy/index',
  paragraph: '/pages/paragraph/index',
  suggest: '/pages/suggest/index',
  mine: '/pages/mine/index',
} as const

/** Words that must never be split across two lines of a heading. */
const WHOLE_WORDS = ['政府工作报告', '存在的不足', '经济运行一览', '第二次会议', '上半年工作回顾', '下半年主要工作任务', '报告全文']


const STEPS = [
  { step: 1, name: 'standard' },
  { step: 2, name: 'large' },
  { step: 3, name: 'larger' },
  { step: 4, name: 'care' },
] as const

/** The tab bar's label size at each step (app.css). */
const TAB_LABEL_PX = [12, 13, 14, 16]

const app = appUnderTest()

/** Checks that only some screens need, by screen; each returns what is wrong. */
const SCREEN_CHECKS: Partial<Record<keyof typeof SCREENS, (page: Page) => Promise<string[]>>> = {
  // All seven section numbers on screen at once.
  section: (page) =>
    page.evaluate(() => {
      const tabs = [...document.querySelectorAll<HTMLElement>('.section-switcher__tab')].filter((tab) => tab.getBoundingClientRect().width > 0)
      const width = document.documentElement.clientWidth
      const off = tabs.filter((tab) => tab.getBoundingClientRect().right > width + 1 || tab.getBoundingClientRect().left < -1)
      return [...(tabs.length === 7 ? [] : [`${tabs.length} section numbers`]), ...off.map((tab) => `section number ${tab.textContent} off screen`)]
    }),
  // The 字号 control: four in a row or a 2 × 2 grid, never one step on a row of its own.
  mine: (page) =>
    page.evaluate(() => {
      const steps = [...document.querySelectorAll<HTMLElement>('.type-size-control__step')].filter((step) => step.getBoundingClientRect().width > 0)
      const rows = new Map<number, number>()
      for (const step of steps) {
        const top = Math.round(step.getBoundingClientRect().top)
        rows.set(top, (rows.get(top) ?? 0) + 1)
      }
      const counts = [...rows.values()]
      return steps.length === 4 && (counts.join() === '4' || counts.join() === '2,2') ? [] : [`字号 steps in rows of ${counts.join('+')}`]
    }),
}

/** A figure's value (number and unit) is never split over two lines. */
async function brokenChipValues(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.figure-chip__value')]
      .filter((value) => value.getClientRects().length > 1)
      .map((value) => `chip value «${value.textContent}» on two lines`),
  )
}

async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))
  await page.waitForTimeout(150)
}

describe('large type holds on small phones', () => {
  for (const size of SMALL_SCREENS) {
    for (const { step, name } of STEPS) {
      it(`${size.width}×${size.height} at step ${step} (${name}): no overflow, whole heading words, 44-px targets`, async () => {
        const context = await newPhoneContext(app.browser, size)
        await context.addInitScript((chosen) => {
          // As the app stores it: Taro H5 keeps {data}; writeStored stores JSON.
          localStorage.setItem('prefs.typeStep', JSON.stringify({ data: JSON.stringify(chosen) }))
        }, step)
        const page = await context.newPage()
        const problems = watchProblems(page)
        const found: string[] = []
        for (const [screen, address] of Object.entries(SCREENS)) {
          await page.goto(`${app.server.url}${address}`, { waitUntil: 'networkidle' })
          const root = page.locator('.reading-page').filter({ visible: true }).first()
          await root.waitFor({ state: 'visible' })
          expect(await root.getAttribute('class')).toContain(`type-step-${step}`)
          // The static shell (cover, card) gives way once the app has drawn the same page.
          await page.waitForFunction(() => !document.querySelector('#static-shell')?.firstChild)
          await settled(page)
          const report = (what: string, list: string[]) => list.forEach((problem) => found.push(`${screen}: ${what} ${problem}`))
          report('overflow', await overflowingElements(page))
          report('heading', brokenHeadings(await headingLines(page), WHOLE_WORDS))
          report('tap target', await smallTapTargets(page))
          report('chip', await brokenChipValues(page))
          const check = SCREEN_CHECKS[screen as keyof typeof SCREENS]
          if (check) report('layout', await check(page))
          // The tab bar's labels grow with the step (tab pages only).
          const label = page.locator('.weui-tabbar__label').filter({ visible: true }).first()
          if (await label.count()) {
            const size = await label.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
            if (size !== TAB_LABEL_PX[step - 1]) found.push(`${screen}: tab label ${size}px at step ${step}`)
          }
          if (size.width === 320 && (step === 1 || step === 4)) await saveScreenshot(page, `320-${screen}-${name}`)
        }
        expect(found).toEqual([])
        expect(problems.consoleErrors).toEqual([])
        await context.close()
      }, 240_000)
    }
  }
})
