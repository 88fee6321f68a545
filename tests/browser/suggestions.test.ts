import type { BrowserContext, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems, type PageProblems } from './support/phone'

const app = appUnderTest()
/** The demo roster's pin of a code (the server runs on content/roster/demo.csv). */
const demoPin = (code: string) => readFileSync('content/roster/demo.csv', 'utf8').split('\n').find((line) => line.startsWith(`${code},`))!.split(',')[4]!
// One phone through the whole file: its local storage (the remembered code, the outbox) carries over.
let context: BrowserContext
let page: Page
let problems: PageProblems

beforeAll(async () => {
  context = await newPhoneContext(app.browser)
  page = await context.newPage()
  problems = watchProblems(page)
})

async function adminList(): Promise<Array<{ id: string; receipt: string; title: string; status: string }>> {
  const response = await fetch(`${app.server.url}/api/admin/suggestions`, {
    headers: { authorization: `Bearer ${app.server.adminToken}` },
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { items: Array<{ id: string; receipt: string; title: string; status: string }> }).items
}

/** The native field a label names: Taro's H5 Input is one; its Textarea wraps one in a custom element. */
function field(label: string) {
  return page.getByLabel(label, { exact: true }).locator('xpath=descendant-or-self::*[self::input or self::textarea]')
}

async function fillForm(title: string, content: string): Promise<void> {
  await field('标题').fill(title)
  await field('内容').fill(content)
}

async function submit(): Promise<void> {
  await page.locator('.nut-button', { hasText: '提交' }).click()
}

describe('delegate suggestions in the H5 app', () => {
  it('sends a suggestion from a card and shows its receipt, then lists it under 我的建议', async () => {
    await page.goto(`${app.server.url}/pages/card/index?id=review-4-2`)
    const cardTitle = (await page.getByRole('heading', { level: 1 }).filter({ visible: true }).first().textContent())?.trim()
    await page.getByRole('button', { name: '提建议' }).click()

    // The form opens with that card chosen.
    await page.getByRole('button', { name: /污染防治精准发力.*更换卡片/ }).waitFor({ state: 'visible' })
    expect(cardTitle).toContain('污染防治精准发力')

    // Inline checks before anything is sent.
    await fillForm('小微', '太短')
    await submit()
    await page.getByText('标题至少4个字').waitFor({ state: 'visible' })
    await page.getByText('内容至少10个字').waitFor({ state: 'visible' })
    await page.getByText('请填写代表证上的代表编码').waitFor({ state: 'visible' })
    await page.getByText('请填写代表证上的口令').waitFor({ state: 'visible' })
    expect(await adminList()).toHaveLength(0)

    await fillForm('加快剩余小微水体治理', '建议公布剩余35条小微水体的治理时间表，并请各村按月通报进度。')
    await field('代表编码').fill('nt0001')
    await field('口令').fill(demoPin('NT0001'))
    await saveScreenshot(page, 'suggest-form')
    await submit()

    await page.getByText('建议已提交，回执编号').waitFor({ state: 'visible' })
    await page.getByText('NT-2022-0001').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'suggest-receipt')
    const rows = await adminList()
    expect(rows.map((row) => [row.receipt, row.title])).toEqual([['NT-2022-0001', '加快剩余小微水体治理']])

    await page.goto(`${app.server.url}/pages/mine/index`)
    const mine = page.locator('.my-suggestion', { hasText: '加快剩余小微水体治理' })
    await mine.waitFor({ state: 'visible' })
    await mine.getByText('已收到').waitFor({ state: 'visible' })
    await mine.getByText(/NT-2022-0001/).waitFor({ state: 'visible' })
  })

  it('keeps a suggestion made offline as 待发送 and sends it exactly once when the network returns', async () => {
    await page.goto(`${app.server.url}/pages/suggest/index`)
    await page.getByText('提交人：王建国').waitFor({ state: 'visible' })
    await page.getByRole('button', { name: /选择卡片/ }).click()
    await page.getByRole('button', { name: '上半年：经济运行承压回升' }).click()
    await fillForm('稳住工业产值下滑势头', '规上工业产值同比下降17.9%，建议对重点企业逐户走访，摸清订单和用工困难。')

    await context.setOffline(true)
    await submit()
    await page.getByText('网络不稳定，建议已保存，将自动发送').waitFor({ state: 'visible' })
    await page.getByText('待发送').first().waitFor({ state: 'visible' })
    await saveScreenshot(page, 'suggest-offline')
    expect(await adminList()).toHaveLength(1)

    await context.setOffline(false)
    await page.getByText('NT-2022-0002').waitFor({ state: 'visible', timeout: 20_000 })
    const rows = await adminList()
    expect(rows.filter((row) => row.title === '稳住工业产值下滑势头')).toHaveLength(1)
    expect(rows).toHaveLength(2)
  })

  it('lets the secretariat answer, and the delegate sees the answer after a reload', async () => {
    const admin = await app.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const adminProblems = watchProblems(admin)
    await admin.goto(`${app.server.url}/admin/`)
    await admin.getByLabel('管理口令（ADMIN_TOKEN）').fill(app.server.adminToken)
    await admin.getByRole('button', { name: '进入' }).click()
    await admin.getByText('共 2 条建议').waitFor({ state: 'visible' })

    // The desk (issue 13): the row opens the suggestion beside the list; 答复 saves the answer.
    await admin.locator('tr.row', { hasText: '加快剩余小微水体治理' }).click()
    const item = admin.locator('#detail')
    await item.getByLabel('答复内容').fill('已转镇生态环境办，9月底前公布治理时间表。')
    await item.getByRole('button', { name: '答复', exact: true }).click()
    await admin.getByRole('status').filter({ hasText: '已保存：NT-2022-0001 已答复' }).waitFor({ state: 'visible' })
    await saveScreenshot(admin, 'admin-page')
    expect(await seriousAxeViolations(admin)).toEqual([])
    expect(adminProblems.consoleErrors).toEqual([])
    await admin.close()

    await page.goto(`${app.server.url}/pages/mine/index`)
    await page.reload()
    const mine = page.locator('.my-suggestion', { hasText: '加快剩余小微水体治理' })
    await mine.getByText('已答复').waitFor({ state: 'visible' })
    await mine.getByText('已转镇生态环境办，9月底前公布治理时间表。').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'mine-answered')
  })

  it('keeps a refused suggestion with the reason, and puts it back in the form to fix and send again', async () => {
    await page.goto(`${app.server.url}/pages/suggest/index`)
    await page.getByText('提交人：王建国').waitFor({ state: 'visible' })
    await page.getByRole('button', { name: /选择卡片/ }).click()
    await page.getByRole('button', { name: '下半年：综合施治，持续巩固治污成效' }).click()
    await fillForm('小微水体治理请附议', '建议下半年公布35条小微水体逐条治理进度，并请相关村居代表附议。')
    await field('附议代表编码').fill('NT0002, NT9999')
    await submit()
    await page.getByText('建议未能提交').waitFor({ state: 'visible' })
    await page.getByText(/附议代表NT9999不在名单中/).first().waitFor({ state: 'visible' })
    await page.getByRole('button', { name: '修改后重发' }).waitFor({ state: 'visible' })
    expect((await adminList()).filter((row) => row.title === '小微水体治理请附议')).toHaveLength(0)

    await page.goto(`${app.server.url}/pages/mine/index`)
    const refused = page.locator('.my-suggestion', { hasText: '小微水体治理请附议' })
    await refused.getByText('未送达').waitFor({ state: 'visible' })
    await refused.getByRole('button', { name: /修改后重发/ }).click()
    await page.getByText('代表建议 · 列席意见').waitFor({ state: 'visible' })
    expect(await field('标题').inputValue()).toBe('小微水体治理请附议')
    expect(await field('附议代表编码').inputValue()).toBe('NT0002, NT9999')

    await field('附议代表编码').fill('NT0002')
    await submit()
    await page.locator('.suggestion-receipt__number', { hasText: 'NT-2022-0003' }).waitFor({ state: 'visible' })
  })

  it('has no console errors and no serious accessibility problems on the form, also at the largest type size', async () => {
    await page.goto(`${app.server.url}/pages/suggest/index`)
    await page.getByText('代表建议 · 列席意见').waitFor({ state: 'visible' })
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.goto(`${app.server.url}/pages/mine/index`)
    await page.getByRole('button', { name: '关怀', exact: true }).click()
    await page.goto(`${app.server.url}/pages/suggest/index`)
    await page.locator('.type-step-4').filter({ hasText: '代表建议 · 列席意见' }).waitFor({ state: 'visible' })
    await saveScreenshot(page, 'suggest-form-largest')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await seriousAxeViolations(page)).toEqual([])
    // Requests refused while offline, and Chromium's own line for the 400 the refused suggestion
    // got, are the test's doing, not the app's.
    const expected = /ERR_INTERNET_DISCONNECTED|Failed to fetch|status of 400/
    expect(problems.consoleErrors.filter((text) => !expected.test(text))).toEqual([])
  })
})
