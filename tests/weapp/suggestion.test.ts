/**
 * The suggestion form on the weapp build against the `feedback` cloud function
 * running the project's real handler in memory (sign-in with code and pin, then
 * a session), or not reachable at all.
 */
import { describe, expect, it } from 'vitest'
import type { MiniProgram } from '../../scripts/weapp-check/runtime/mini-program'
import { findCard } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { expectClean, launch, switchableCloud, TEST_PINS, unreachableCloud, workingCloud } from './support/mini-program'

const FIRST = { title: '建议增设便民核酸检测点', content: '牛塘片区居民多，建议在菜场附近增设一个便民检测点，方便老人就近检测。' }
const SECOND = { title: '建议延长图书馆开放时间', content: '不少上班族只有晚上有空，建议镇图书馆周末和晚间延长开放时间。' }

/** Fills the form as a delegate does; the code and pin only while not signed in. */
async function fillForm(app: MiniProgram, suggestion: { title: string; content: string }) {
  await app.fill('标题', suggestion.title)
  await app.fill('内容', suggestion.content)
  if (app.screen().includes('口令')) {
    await app.fill('代表编码', 'NT0001')
    await app.fill('口令', TEST_PINS.NT0001)
  }
}

describe('submitting a suggestion', () => {
  it('reaches the cloud function: signed in with code and pin, it answers with a receipt', async () => {
    const cloud = workingCloud()
    const card = findCard(report, 'review-1-1')!
    const app = await launch({ entry: `/pages/card/index?id=${card.id}`, cloud })
    await app.tap('提建议')
    await fillForm(app, FIRST)
    await app.tap('提交')
    expect(app.screen()).toMatch(/NT-2022-\d{4}/)
    expect(cloud.store.rows).toEqual([expect.objectContaining({ title: FIRST.title, content: FIRST.content, cardId: card.id, delegateCode: 'NT0001' })])
    expectClean(app)
  })

  it('with a wrong pin, says so in Chinese and keeps what was typed', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1', cloud: workingCloud() })
    await app.tap('提建议')
    await app.fill('标题', FIRST.title)
    await app.fill('内容', FIRST.content)
    await app.fill('代表编码', 'NT0001')
    await app.fill('口令', '000000')
    await app.tap('提交')
    expect(app.screen()).toMatch(/口令|编码/)
    expect(app.screen()).not.toMatch(/NT-2022-\d{4}/)
    expect(JSON.stringify(app.storage.get('suggest.draft'))).toContain(FIRST.content)
  })

  it('with the cloud failing after sign-in, the suggestion is kept 待发送 on the phone and nothing typed is lost', async () => {
    const cloud = switchableCloud(workingCloud())
    const card = findCard(report, 'review-1-2')!
    const app = await launch({ entry: `/pages/card/index?id=${card.id}`, cloud })
    await app.tap('提建议')
    await fillForm(app, FIRST)
    await app.tap('提交')
    expect(app.screen()).toMatch(/NT-2022-\d{4}/)

    cloud.down = true
    await app.open(`/pages/card/index?id=${card.id}`)
    await app.tap('提建议')
    expect(app.screen()).toContain(card.title)
    await fillForm(app, SECOND)
    await app.tap('提交')
    const screen = app.screen()
    expect(screen).toContain('待发送')
    expect(screen).toContain(SECOND.title)
    const outbox = JSON.stringify(app.storage.get('feedback.outbox'))
    expect(outbox).toContain(SECOND.content)
    expect(outbox).toContain('待发送')
    expectClean(app)
  })

  it('with the cloud unreachable before sign-in, nothing is lost and the form says why', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1', cloud: unreachableCloud })
    await app.tap('提建议')
    await fillForm(app, FIRST)
    await app.tap('提交')
    expect(app.screen()).toMatch(/网络/)
    expect(JSON.stringify(app.storage.get('suggest.draft'))).toContain(FIRST.content)
    expectClean(app)
  })
})
