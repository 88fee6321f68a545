/**
 * Issue 13 in the browser: a delegate submits; a secretary signs in on
 * /admin/ with code and pin, hands it to an office and answers; the delegate
 * sees the red dot and the timeline and rates 不满意; the secretary sees it
 * back in 重办.
 */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { appUnderTest } from './support/app-under-test'
import { seriousAxeViolations } from './support/axe'
import { newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

const app = appUnderTest()
const demoPin = (code: string) => readFileSync('content/roster/demo.csv', 'utf8').split('\n').find((line) => line.startsWith(`${code},`))!.split(',')[4]!
const TITLE = '建议在卢家巷增设公交站点'

function field(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).locator('xpath=descendant-or-self::*[self::input or self::textarea]')
}

async function secretary(): Promise<Page> {
  const desk = await app.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  await desk.goto(`${app.server.url}/admin/`)
  await desk.getByLabel('工作人员编码').fill('NT9001')
  await desk.getByLabel('口令', { exact: true }).fill(demoPin('NT9001'))
  await desk.getByRole('button', { name: '登录' }).click()
  await desk.getByText('周敏 · 人大办').waitFor({ state: 'visible' })
  return desk
}

describe('the desk cycle: submit, 交办, 答复, 不满意, 重办', () => {
  it('runs from the phone to the desk and back', async () => {
    const phone = await newPhoneContext(app.browser)
    const page = await phone.newPage()
    const problems = watchProblems(page)
    await page.goto(`${app.server.url}/pages/suggest/index?code=NT0004&pin=${demoPin('NT0004')}`)
    await page.getByText('提交人：刘美华').waitFor({ state: 'visible' })
    await page.getByRole('button', { name: /选择卡片/ }).click()
    await page.getByRole('button', { name: '上半年：污染防治精准发力' }).click()
    await field(page, '标题').fill(TITLE)
    await field(page, '内容').fill('卢家巷片区居民到镇区就医不便，建议增设一处公交站点。')
    await page.locator('.nut-button', { hasText: '提交' }).click()
    await page.getByText('建议已提交，回执编号').waitFor({ state: 'visible' })

    // A delegate is not let in at the desk.
    const desk = await secretary()
    const deskProblems = watchProblems(desk)
    await desk.getByRole('button', { name: '待交办 1' }).waitFor({ state: 'visible' })
    const row = desk.locator('tr.row', { hasText: TITLE })
    await row.click()
    const pane = desk.locator('#detail')
    await pane.getByRole('heading', { name: TITLE }).waitFor({ state: 'visible' })
    await pane.getByLabel('承办单位').selectOption('城市建设管理办公室')
    await pane.getByRole('button', { name: '交办', exact: true }).click()
    await desk.getByRole('status').filter({ hasText: /已保存：NT-2022-\d{4} 已交办/ }).waitFor({ state: 'visible' })
    await desk.getByRole('button', { name: '办理中 1' }).waitFor({ state: 'visible' })
    await pane.getByLabel('答复内容').fill('经协调，公交公司将于9月在卢家巷增设站点。')
    await pane.getByRole('button', { name: '答复', exact: true }).click()
    await desk.getByRole('status').filter({ hasText: /已保存：NT-2022-\d{4} 已答复/ }).waitFor({ state: 'visible' })
    await pane.getByRole('list', { name: '办理记录' }).getByText(/周敏 · 答复/).waitFor({ state: 'visible' })
    await saveScreenshot(desk, 'desk-answered')

    // The delegate: a red dot on the 我的 tab, 新进展 on the item, the timeline, and the rating.
    await page.goto(`${app.server.url}/pages/index/index`)
    await page.locator('.weui-tabbar__item', { hasText: '我的' }).locator('.weui-badge_dot').waitFor({ state: 'visible' })
    // (Taro's tab items are javascript: links, which the CSP rightly refuses: go by address, as the other tests do.)
    await page.goto(`${app.server.url}/pages/mine/index`)
    const item = page.locator('.my-suggestion', { hasText: TITLE })
    await item.getByText('新进展').waitFor({ state: 'visible' })
    await item.getByRole('list', { name: '办理进度' }).getByText('交办城市建设管理办公室').waitFor({ state: 'visible' })
    await item.getByText('经协调，公交公司将于9月在卢家巷增设站点。').waitFor({ state: 'visible' })
    await saveScreenshot(page, 'mine-answered')
    await field(page, '评价意见（选填）').fill('站点离卫生院仍较远')
    await item.getByRole('button', { name: '不满意' }).click()
    await item.getByText(/您的评价：不满意（站点离卫生院仍较远），已退回重新办理/).waitFor({ state: 'visible' })
    expect(problems.consoleErrors).toEqual([])

    // The secretary sees it back, in 重办.
    await desk.reload()
    await desk.getByRole('button', { name: '不满意 1' }).waitFor({ state: 'visible' })
    await desk.getByLabel('状态').selectOption('重办')
    await desk.locator('tr.row', { hasText: TITLE }).getByText('重办（不满意）').waitFor({ state: 'visible' })
    await desk.locator('tr.row', { hasText: TITLE }).focus()
    await desk.keyboard.press('Enter')
    await pane.getByText('代表评价：不满意，站点离卫生院仍较远').waitFor({ state: 'visible' })
    await pane.getByRole('button', { name: '重新交办' }).waitFor({ state: 'visible' })
    expect(deskProblems.consoleErrors).toEqual([])
    expect(await seriousAxeViolations(desk)).toEqual([])
    await desk.close()
    await phone.close()
  })
})
