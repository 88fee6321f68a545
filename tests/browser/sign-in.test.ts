/**
 * Issue 11 in the browser: a delegate signs in with code and pin (once by
 * typing, once from a slip's QR address), invites a co-signer who accepts on a
 * second phone, and two secretaries saving the same suggestion see the
 * conflict instead of losing an answer.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()
/** The demo roster's pin of a code (the server runs on content/roster/demo.csv). */
const demoPin = (code: string) => readFileSync('content/roster/demo.csv', 'utf8').split('\n').find((line) => line.startsWith(`${code},`))!.split(',')[4]!

/** The native field a label names: Taro's H5 Input is one; its Textarea wraps one in a custom element. */
function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).locator('xpath=descendant-or-self::*[self::input or self::textarea]')
}

async function adminPage(): Promise<Page> {
  const admin = await app.browser.newPage({ viewport: { width: 1280, height: 900 } })
  await admin.goto(`${app.server.url}/admin/`)
  await admin.getByLabel('管理口令（ADMIN_TOKEN）').fill(app.server.adminToken)
  await admin.getByRole('button', { name: '进入' }).click()
  await admin.getByText(/^共 \d+ 条建议/).waitFor({ state: 'visible' })
  return admin
}

describe('signing in, co-signing on a second phone, and the secretariat\'s conflicts', () => {
  it('signs in with code and pin; a wrong pin says so and keeps the draft', async () => {
    const phone = await newPhoneContext(app.browser)
    const page = await phone.newPage()
    const problems = watchProblems(page)
    await page.goto(`${app.server.url}/pages/suggest/index`)
    await page.getByRole('button', { name: /选择卡片/ }).click()
    await page.getByRole('button', { name: '上半年：污染防治精准发力' }).click()
    await field(page, '标题').fill('请附议：公布小微水体治理时间表')
    await field(page, '内容').fill('建议公布剩余35条小微水体的治理时间表，并请各村按月通报进度。')
    await field(page, '附议代表编码').fill('NT0002')
    await field(page, '代表编码').fill('NT0001')
    await field(page, '口令').fill(demoPin('NT0001') === '000000' ? '111111' : '000000')
    await page.locator('.nut-button', { hasText: '提交' }).click()
    await page.getByText('代表编码或口令不正确').waitFor({ state: 'visible' })
    expect(await field(page, '标题').inputValue()).toBe('请附议：公布小微水体治理时间表')

    await field(page, '口令').fill(demoPin('NT0001'))
    await page.locator('.nut-button', { hasText: '提交' }).click()
    await page.getByText('建议已提交，回执编号').waitFor({ state: 'visible' })
    // The pin is not kept on the phone.
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(demoPin('NT0001'))

    await page.getByRole('button', { name: '再提一条建议' }).click()
    await page.getByText('提交人：王建国').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'suggest-signed-in')
    // Chromium's own line for the 401 of the wrong pin is the test's doing.
    expect(problems.consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([])
    await phone.close()
  })

  it('on a second phone, the slip\'s QR address signs the co-signer in, who accepts the invitation under 我的', async () => {
    const phone = await newPhoneContext(app.browser)
    const page = await phone.newPage()
    const problems = watchProblems(page)
    await page.goto(`${app.server.url}/pages/suggest/index?code=NT0002&pin=${demoPin('NT0002')}`)
    await page.getByText('提交人：李秀英').waitFor({ state: 'visible' })
    // The pin leaves the address bar once taken.
    expect(page.url()).not.toContain(demoPin('NT0002'))

    await page.goto(`${app.server.url}/pages/mine/index`)
    const invitation = page.locator('.cosign-invitation', { hasText: '请附议：公布小微水体治理时间表' })
    await invitation.getByText('王建国 邀请您附议').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'mine-invitation')
    expect(await seriousAxeViolations(page)).toEqual([])
    await invitation.getByRole('button', { name: /^附议：/ }).click()
    await invitation.waitFor({ state: 'detached' })
    expect(problems.consoleErrors).toEqual([])
    await phone.close()

    // The sender sees the answer in 我的建议, the secretariat in its list.
    const sender = await newPhoneContext(app.browser)
    const senderPage = await sender.newPage()
    await senderPage.goto(`${app.server.url}/pages/suggest/index?code=NT0001&pin=${demoPin('NT0001')}`)
    await senderPage.getByText('提交人：王建国').waitFor({ state: 'visible' })
    await senderPage.goto(`${app.server.url}/pages/mine/index`)
    const row = senderPage.locator('.my-suggestion', { hasText: '请附议：公布小微水体治理时间表' })
    await row.getByText('附议：李秀英（已附议）').waitFor({ state: 'visible' })
    await sender.close()

    const admin = await adminPage()
    await admin.locator('tr.row', { hasText: '请附议：公布小微水体治理时间表' }).click()
    await admin.locator('#detail').getByText(/附议 李秀英（已附议）/).waitFor({ state: 'visible' })
    await admin.close()
  })

  it('shows a secretary that a colleague saved first, with their text, and loses neither answer', async () => {
    // One more suggestion with one very long unbroken line: the page must wrap it.
    const signedIn = (await (
      await fetch(`${app.server.url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'signin', delegateCode: 'NT0003', pin: demoPin('NT0003') }),
      })
    ).json()) as { session: string }
    const submitted = await fetch(`${app.server.url}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'submit',
        session: signedIn.session,
        requestId: crypto.randomUUID(),
        suggestion: { title: '一条很长的链接', content: `https://example.com/${'a'.repeat(1900)}`, cardId: 'review-2-1' },
      }),
    })
    expect(submitted.status).toBe(201)

    const first = await adminPage()
    const second = await adminPage()
    // The desk (issue 13): a row of the list opens the suggestion in the pane beside it; 答复 saves the answer.
    const itemOn = async (page: Page) => {
      await page.locator('tr.row', { hasText: '请附议：公布小微水体治理时间表' }).click()
      return page.locator('#detail')
    }
    await first.locator('tr.row', { hasText: '一条很长的链接' }).click()
    expect(await first.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)

    const firstPane = await itemOn(first)
    const secondPane = await itemOn(second)
    await firstPane.getByLabel('答复内容').fill('已转镇生态环境办，9月底前公布。')
    await firstPane.getByRole('button', { name: '答复', exact: true }).click()
    await first.getByRole('status').filter({ hasText: /已保存：NT-2022-\d{4}/ }).waitFor({ state: 'visible' })

    await secondPane.getByLabel('答复内容').fill('请水利站先行核实。')
    await secondPane.getByRole('button', { name: '答复', exact: true }).click()
    const conflict = secondPane.getByRole('alert')
    await conflict.getByText(/他人已于 .* 修改了这条建议/).waitFor({ state: 'visible' })
    await conflict.getByText('对方的答复：已转镇生态环境办，9月底前公布。').waitFor({ state: 'visible' })
    expect(await secondPane.getByLabel('答复内容').inputValue()).toBe('请水利站先行核实。')
    await saveScreenshot(second, 'admin-conflict')
    expect(await seriousAxeViolations(second)).toEqual([])

    // Saving again, knowingly, replaces it.
    await secondPane.getByRole('button', { name: '答复', exact: true }).click()
    await second.getByRole('status').filter({ hasText: /已保存：NT-2022-\d{4}/ }).waitFor({ state: 'visible' })
    const list = (await (await fetch(`${app.server.url}/api/admin/suggestions`, { headers: { authorization: `Bearer ${app.server.adminToken}` } })).json()) as {
      items: Array<{ title: string; answer: string | null; version: number }>
    }
    expect(list.items.find((i) => i.title === '请附议：公布小微水体治理时间表')).toMatchObject({ answer: '请水利站先行核实。', version: 3 })
    await first.close()
    await second.close()
  })
})
