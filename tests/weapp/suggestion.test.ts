/**
 * The suggestion form on the weapp build, with the `feedback` cloud function
 * either unreachable or running the project's real handler in memory.
 */
import { describe, expect, it } from 'vitest'
import { findCard } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { expectClean, launch, unreachableCloud } from './support/mini-program'

const SUGGESTION = {
  title: '建议增设便民核酸检测点',
  content: '牛塘片区居民多，建议在菜场附近增设一个便民检测点，方便老人就近检测。',
}

describe('submitting a suggestion', () => {
  it('with the cloud failing, the suggestion is kept 待发送 on the phone and nothing typed is lost', async () => {
    const card = findCard(report, 'review-1-1')!
    const app = await launch({ entry: `/pages/card/index?id=${card.id}`, cloud: unreachableCloud })
    await app.tap('提建议')
    await app.fill('标题', SUGGESTION.title)
    await app.fill('内容', SUGGESTION.content)
    if (app.texts().includes('代表编码')) await app.fill('代表编码', 'NT0001')
    await app.tap('提交')

    expect(app.calls.some((call) => call.api === 'cloud.callFunction')).toBe(true)
    const texts = app.texts()
    expect(texts).toContain('待发送')
    expect(texts).toContain(SUGGESTION.title)
    expect(texts.join(' ')).toContain(card.title)
    const outbox = JSON.stringify(app.storage.get('feedback.outbox'))
    expect(outbox).toContain(SUGGESTION.content)
    expect(outbox).toContain('待发送')
    expectClean(app)
  })
})
