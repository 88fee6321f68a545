/**
 * The 人大办 page on the weapp build, against the project's real handler in
 * memory as the cloud function runs it: reached from 我的 by a signed-in staff
 * member, it lists with counts and answers a suggestion; anyone else is told
 * it is for staff.
 */
import { describe, expect, it } from 'vitest'
import type { CloudFake } from '../../scripts/weapp-check/runtime/mini-program'
import { cardIndexOf } from '../../src/feedback/card-index'
import { handle, type HandlerContext } from '../../src/feedback/handler'
import { createMemoryStore } from '../../src/feedback/memory-store'
import { officesOf } from '../../src/feedback/offices'
import { parseRoster } from '../../src/feedback/roster'
import report from '../../src/report/data/report.json'
import type { Report } from '../../src/report/types'
import { expectClean, launch } from './support/mini-program'

const roster = parseRoster(
  ['code,name,delegation,role,pin', 'NT0001,王建国,牛塘片代表小组,代表,135790', 'NT9001,周敏,人大办,工作人员,975310'].join('\n'),
  'desk roster',
)
const cards = cardIndexOf(report as Pick<Report, 'parts'>)
const TITLE = '建议增设便民核酸检测点'

async function deskCloud() {
  const store = createMemoryStore()
  const context: HandlerContext = {
    roster,
    offices: officesOf([{ name: '城市建设管理办公室', kind: '镇机关' }]),
    cardTitle: cards.title,
    isKnownCardId: cards.has,
  }
  const call = (data: unknown) => handle(data, context, store)
  const sessionOf = async (code: string, pin: string) => ((await call({ action: 'signin', delegateCode: code, pin })).body as { session: string }).session
  const delegate = await sessionOf('NT0001', '135790')
  await call({
    action: 'submit',
    session: delegate,
    requestId: '00000000-0000-4000-8000-000000000001',
    suggestion: { title: TITLE, content: '牛塘片区居民多，建议在菜场附近增设一个便民检测点。', cardId: 'review-1-1' },
  })
  const cloud: CloudFake = {
    async callFunction(name, data) {
      if (name !== 'feedback') throw new Error(`FunctionName parameter could not be found: ${name}`)
      return call(data)
    },
  }
  const profile = (code: string, name: string, role: string, session: string) => ({ 'delegate.profile': JSON.stringify({ code, name, delegation: '人大办', role, session }) })
  return { store, cloud, staffStorage: profile('NT9001', '周敏', '工作人员', await sessionOf('NT9001', '975310')), delegateStorage: profile('NT0001', '王建国', '代表', delegate) }
}

describe('the 人大办 page', () => {
  it('is reached from 我的 by staff, lists with counts, and answers a suggestion', async () => {
    const { store, cloud, staffStorage } = await deskCloud()
    const app = await launch({ entry: '/pages/mine/index', cloud, storage: staffStorage })
    await app.tap('人大办 · 代表建议办理')
    expect(app.currentPage.route).toBe('pages/desk/index')
    expect(app.screen()).toContain('待交办 1')
    expect(app.screen()).toContain(TITLE)
    await app.tap(TITLE)
    await app.fill('答复内容', '已协调卫生院在菜场附近设点。')
    await app.tap(/^答复$/)
    expect(store.rows[0]).toMatchObject({ status: '已答复', answer: '已协调卫生院在菜场附近设点。', answeredBy: 'NT9001' })
    expect(app.screen()).toContain('已答复 1')
    expectClean(app)
  })

  it('tells a delegate it is for staff, and 我的 shows them no way in', async () => {
    const { cloud, delegateStorage } = await deskCloud()
    const mine = await launch({ entry: '/pages/mine/index', cloud, storage: delegateStorage })
    expect(mine.screen()).not.toContain('人大办 · 代表建议办理')
    const desk = await launch({ entry: '/pages/desk/index', cloud, storage: delegateStorage })
    expect(desk.screen()).toContain('只有人大办工作人员可以使用')
    expectClean(desk)
  })
})
