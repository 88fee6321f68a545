import fs from 'node:fs'
import path from 'node:path'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { ARTIFACTS_DIR, newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()

/** Opens a card, taps 分享, waits for the poster and returns its PNG bytes. */
async function makePoster(page: Page, cardId: string, figureChoice?: string): Promise<Buffer> {
  await page.goto(`${app.server.url}/pages/card/index?id=${cardId}`)
  await page.getByRole('button', { name: '分享' }).click()
  await page.getByRole('dialog', { name: '分享图' }).waitFor({ state: 'visible' })
  if (figureChoice) await page.getByRole('button', { name: figureChoice }).click()
  const image = page.locator('.poster-sheet__image img')
  await image.waitFor({ state: 'attached' })
  await page.waitForFunction(() => {
    const img = document.querySelector<HTMLImageElement>('.poster-sheet__image img')
    return !!img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0
  })
  const base64 = await page.evaluate(async () => {
    const img = document.querySelector<HTMLImageElement>('.poster-sheet__image img')!
    const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return btoa(binary)
  })
  return Buffer.from(base64, 'base64')
}

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
    await opened.getByText('来自分享 · 阅读完整报告').waitFor({ state: 'visible' })
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
})
