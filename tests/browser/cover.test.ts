import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()

describe('the cover on a phone', () => {
  it('shows the report title, meeting, date and speaker with no console errors or failed requests', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(app.server.url, { waitUntil: 'networkidle' })

    // waitFor throws when the text does not become visible in time; Taro H5's hidden
    // navigation bar repeats the page title, so look only at what is on screen.
    const seen = (text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first()
    await seen('政府工作报告').waitFor({ state: 'visible' })
    await seen('牛塘镇第五届人民代表大会第二次会议').waitFor({ state: 'visible' })
    await seen('2022年7月14日 · 汤枫').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'cover')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('answers the health check', async () => {
    const response = await fetch(`${app.server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true })
  })
})
