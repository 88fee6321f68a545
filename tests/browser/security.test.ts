/**
 * The Content-Security-Policy as a browser enforces it: the app runs under it
 * with no violation (its own inline scripts are allowed by hash), a script
 * injected into the page is refused, and no other site can frame the app or
 * the secretariat's page, nor post a form to the API.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { newPhoneContext, watchProblems } from './support/phone'

const app = appUnderTest()

/** A page on another origin (another port of this machine), as a hostile site in the hall would be. */
let otherSite: http.Server
let otherOrigin = ''
let lastPage = ''
beforeAll(async () => {
  otherSite = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(lastPage)
  })
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve))
  otherOrigin = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => otherSite.close(() => resolve())))

/** Collects every Content-Security-Policy violation of the page, from its first script on, in window.cspViolations. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
}

describe('the Content-Security-Policy in Chromium', () => {
  it('lets the app run with no violation and refuses an injected inline script', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await recordCspViolations(page)
    for (const url of ['/', '/pages/card/index?id=review-2-3', '/pages/search/index', '/admin/']) {
      await page.goto(`${app.server.url}${url}`, { waitUntil: 'networkidle' })
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    }

    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    await page.getByText('政府工作报告', { exact: true }).filter({ visible: true }).first().waitFor()
    // The build's rem script (inline, allowed by hash) has run: Taro sized the root font.
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).not.toBe('')
    const injected = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.appendChild(script)
      await new Promise((resolve) => setTimeout(resolve, 100))
      return {
        ran: (window as unknown as { injected?: boolean }).injected === true,
        violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      }
    })
    expect(injected.ran).toBe(false)
    expect(injected.violations.some((v) => v.startsWith('script-src'))).toBe(true)
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it("switches tabs with no violation (Taro's tab items are javascript: links)", async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await recordCspViolations(page)
    await page.goto(app.server.url, { waitUntil: 'networkidle' })
    for (const [tab, path] of [['我的', '/pages/mine/index'], ['报告', '/pages/index/index']] as const) {
      await page.locator('.weui-tabbar__item', { hasText: tab }).click()
      await page.waitForURL((url) => url.pathname === path || (path === '/pages/index/index' && url.pathname === '/'))
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })

  it('keeps the app and the secretariat page out of frames on other sites', async () => {
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    lastPage = `<!doctype html><iframe id="app" src="${app.server.url}/"></iframe><iframe id="admin" src="${app.server.url}/admin/"></iframe>`
    await page.goto(otherOrigin, { waitUntil: 'networkidle' })
    for (const id of ['app', 'admin']) {
      const frame = await (await page.$(`#${id}`))!.contentFrame()
      // A refused frame is left on Chromium's error page, never the server's HTML.
      const text = frame ? await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '') : ''
      expect(text).not.toContain('代表建议办理')
      expect(text).not.toContain('政府工作报告')
    }
    await context.close()
  })

  it('refuses a plain form that another site posts to the API, and stores nothing', async () => {
    const before = await fetch(`${app.server.url}/api/admin/suggestions`, {
      headers: { authorization: `Bearer ${app.server.adminToken}` },
    }).then((r) => r.json() as Promise<{ total: number }>)
    const context = await newPhoneContext(app.browser)
    const page = await context.newPage()
    lastPage = `<!doctype html><form id="f" method="post" enctype="text/plain" action="${app.server.url}/api/feedback"><input name='{"action":"submit","x":"' value='"}'></form><script>document.getElementById('f').submit()</script>`
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/feedback'))
    await page.goto(otherOrigin)
    expect((await answer).status()).toBe(415)
    const after = await fetch(`${app.server.url}/api/admin/suggestions`, {
      headers: { authorization: `Bearer ${app.server.adminToken}` },
    }).then((r) => r.json() as Promise<{ total: number }>)
    expect(after.total).toBe(before.total)
    await context.close()
  })
})
