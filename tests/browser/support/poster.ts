import type { Page } from 'playwright-core'

/** Opens a card at `baseUrl`, taps 分享, waits for the poster (optionally with a chosen figure) and returns its PNG bytes. */
export async function makePoster(page: Page, baseUrl: string, cardId: string, figureChoice?: string): Promise<Buffer> {
  await page.goto(`${baseUrl}/pages/card/index?id=${cardId}`)
  await page.getByRole('button', { name: '分享' }).click()
  await page.getByRole('dialog', { name: '分享图' }).waitFor({ state: 'visible' })
  if (figureChoice) await page.getByRole('button', { name: figureChoice }).click()
  await page.locator('.poster-sheet__image img').waitFor({ state: 'attached' })
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
