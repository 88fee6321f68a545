import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext } from './support/phone'
import { makePoster } from './support/poster'

const PUBLIC_URL = 'https://report.niutang.example.cn'

// The public address is the server's, set at run time: the same build serves it.
const app = appUnderTest(() => ({ PUBLIC_URL }))

describe('a poster made on a site with a public address (PUBLIC_URL)', () => {
  it('carries a QR code of the public address and no hall-only note', async () => {
    const site = (await (await fetch(`${app.server.url}/api/site`)).json()) as { publicUrl: string }
    expect(site.publicUrl).toBe(PUBLIC_URL)

    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const png = PNG.sync.read(await makePoster(page, app.server.url, 'review-2-1'))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(`${PUBLIC_URL}/pages/card/index?id=review-2-1&from=share`)
    expect(await page.getByText(/只能在会场网络内打开/).count()).toBe(0)
    await context.close()
  })
})
