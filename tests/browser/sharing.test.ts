import fs from 'node:fs'
import path from 'node:path'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { makePoster as makePosterAt } from './support/poster'
import { ARTIFACTS_DIR, newPhoneContext, saveScreenshot, SMALL_SCREENS, watchProblems } from './support/phone'

const app = appUnderTest()

/** Opens a card, taps 分享, waits for the poster and returns its PNG bytes. */
const makePoster = (page: Page, cardId: string, figureChoice?: string) => makePosterAt(page, app.server.url, cardId, figureChoice)

function keepArtifact(name: string, png: Buffer): void {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(ARTIFACTS_DIR, name), png)
}

/** Share of pixels that differ from the poster's background colour (a blank image has ~0). */
function inkedShare(png: PNG): number {
  let inked = 0
  for (let i = 0; i < png.data.length; i += 4) {
    const light = png.data[i]! > 240 && png.data[i + 1]! > 236 && png.data[i + 2]! > 230
    if (!light) inked++
  }
  return inked / (png.width * png.height)
}

describe('share posters', () => {
  it('makes a 1125×1800 poster whose QR code opens that same card', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    const bytes = await makePoster(page, 'review-2-1')
    await saveScreenshot(page, 'poster-sheet')
    keepArtifact('poster-figure-and-change.png', bytes)

    const png = PNG.sync.read(bytes)
    expect([png.width, png.height]).toEqual([1125, 1800])
    expect(inkedShare(png)).toBeGreaterThan(0.05)

    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code, 'the poster carries a readable QR code').not.toBeNull()
    expect(code!.data).toBe(`${app.server.url}/pages/card/index?id=review-2-1&from=share`)

    const opened = await context.newPage()
    const openedProblems = watchProblems(opened)
    await opened.goto(code!.data)
    await opened.getByRole('heading', { name: '经济运行承压回升' }).waitFor({ state: 'visible' })
    await opened.getByText('来自分享', { exact: true }).waitFor({ state: 'visible' })
    await opened.getByText('牛塘镇2022年上半年政府工作报告 · 阅读全文 ›').waitFor({ state: 'visible' })
    await saveScreenshot(opened, 'card-from-share')

    expect(problems.consoleErrors).toEqual([])
    expect(openedProblems.consoleErrors).toEqual([])
    await context.close()
  })

  it('makes a text-only poster for a card without figures, and for one chosen figure', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()

    const textOnly = await makePoster(page, 'review-1-1')
    keepArtifact('poster-text-only.png', textOnly)
    const png = PNG.sync.read(textOnly)
    expect([png.width, png.height]).toEqual([1125, 1800])
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(`${app.server.url}/pages/card/index?id=review-1-1&from=share`)

    const chosen = await makePoster(page, 'review-7-2', '减税降费 1.9亿元')
    keepArtifact('poster-chosen-figure.png', chosen)
    expect(chosen.equals(await makePoster(page, 'review-7-2'))).toBe(false)
    await context.close()
  })

  it('says the code opens only inside the hall when the site has no public address, and never covers the code', async () => {
    for (const viewport of SMALL_SCREENS) {
      const context = await newPhoneContext(app.browser, viewport)
      const page = await context.newPage()
      await makePoster(page, 'review-2-1')
      // No PUBLIC_URL here: the server is on 127.0.0.1.
      await page.getByText(/只能在会场网络内打开/).waitFor({ state: 'visible' })
      // The poster's code is its bottom right; no action button lies over it.
      const image = (await page.locator('.poster-sheet__image').boundingBox())!
      const code = { x: image.x + image.width * 0.66, y: image.y + image.height * 0.75, width: image.width * 0.3, height: image.height * 0.22 }
      for (const button of await page.locator('.poster-sheet__action').all()) {
        const box = (await button.boundingBox())!
        const overlaps = box.x < code.x + code.width && code.x < box.x + box.width && box.y < code.y + code.height && code.y < box.y + box.height
        expect(overlaps, `${await button.textContent()} covers the code`).toBe(false)
      }
      // The whole poster, code included, can be seen on the screen at once.
      expect(image.y + image.height).toBeLessThanOrEqual(viewport.height + 1)
      await saveScreenshot(page, `poster-sheet-${viewport.width}`)
      await context.close()
    }
  })

  it('tells a reader in WeChat’s browser (no downloads) to long-press the image', async () => {
    const context = await app.browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      userAgent: 'Mozilla/5.0 (Linux; Android 10; V1990A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0 Mobile Safari/537.36 MicroMessenger/8.0.30',
    })
    const page = await context.newPage()
    await makePoster(page, 'review-2-1')
    await page.getByText('长按图片保存', { exact: true }).waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '保存图片' }).click()
    await page.getByText(/请长按上方图片/).waitFor({ state: 'visible' })
    await context.close()
  })
})
