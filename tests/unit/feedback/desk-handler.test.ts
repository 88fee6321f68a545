/**
 * The desk through the shared handler (what the cloud function and POST
 * /api/feedback run): staff only, every workflow move and refusal, the
 * sender's rating and timeline, on the memory, SQLite and cloud stores.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { handle, type HandlerContext } from '../../../src/feedback/handler'
import { officesOf } from '../../../src/feedback/offices'
import type { MineItem } from '../../../src/feedback/types'
import { everyStore } from './every-store'
import { roster, signInEvent, submitEvent } from './fixtures'

const stores = everyStore('desk-handler-')

const offices = officesOf([
  { name: '城市建设管理办公室', kind: '镇机关' },
  { name: '农业农村办公室', kind: '镇机关' },
])

describe.each(stores)('desk actions on the %s store', (_name, open) => {
  function setup(extra: Partial<HandlerContext> = {}) {
    let now = new Date('2022-07-14T09:00:00.000Z')
    const store = open()
    const context: HandlerContext = { roster, offices, now: () => now, cardTitle: (id) => (id === 'review-2-3' ? '交通出行' : undefined), ...extra }
    const call = (event: unknown) => handle(event, context, store)
    const signIn = async (code: 'NT0001' | 'NT0002' | 'NT9001') => ((await call(signInEvent(code))).body as { session: string }).session
    return { store, call, signIn, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)) }
  }

  async function submitted(ctx: ReturnType<typeof setup>) {
    const delegate = await ctx.signIn('NT0001')
    const staff = await ctx.signIn('NT9001')
    const { id } = (await ctx.call(submitEvent(delegate))).body as { id: string }
    return { delegate, staff, id }
  }

  const mineOf = async (ctx: ReturnType<typeof setup>, session: string) => ((await ctx.call({ action: 'mine', session })).body as { items: MineItem[] }).items[0]!

  it('opens the desk to staff only', async () => {
    const ctx = setup()
    const { delegate, id } = await submitted(ctx)
    for (const event of [
      { action: 'deskList', session: delegate },
      { action: 'deskGet', session: delegate, id },
      { action: 'deskUpdate', session: delegate, id, change: { status: '已交办', office: '农业农村办公室', version: 1 } },
      { action: 'deskExport', session: delegate },
      { action: 'deskReset', session: delegate, delegateCode: 'NT0002' },
    ])
      expect(await ctx.call(event), event.action).toEqual({ status: 403, body: { error: { code: 'staff_only' } } })
    expect(await ctx.call({ action: 'deskList' })).toEqual({ status: 401, body: { error: { code: 'signin_required' } } })
    expect((await ctx.store.get(id))?.status).toBe('已收到')
  })

  it('runs the whole cycle: 交办, 答复, 不满意 into 重办, 答复 again, 满意; the sender sees each step', async () => {
    const ctx = setup()
    const { delegate, staff, id } = await submitted(ctx)
    const save = (change: Record<string, unknown>) => ctx.call({ action: 'deskUpdate', session: staff, id, change })

    const assigned = await save({ status: '已交办', office: '城市建设管理办公室', deadline: '2022-07-31', version: 1 })
    expect(assigned).toMatchObject({ status: 200, body: { status: '已交办', office: '城市建设管理办公室', deadline: '2022-07-31', version: 2, cardTitle: '交通出行' } })
    expect(await mineOf(ctx, delegate)).toMatchObject({ status: '已交办', office: '城市建设管理办公室', changedAt: '2022-07-14T09:00:00.000Z', canRate: false })

    ctx.advanceDays(3)
    const answered = await save({ status: '已答复', answer: '已协调公交公司增设站点。', version: 2 })
    expect(answered).toMatchObject({ status: 200, body: { status: '已答复', answeredAt: '2022-07-17T09:00:00.000Z', answeredBy: 'NT9001', daysOpen: 3, version: 3 } })
    const seen = await mineOf(ctx, delegate)
    expect(seen).toMatchObject({ status: '已答复', answer: '已协调公交公司增设站点。', canRate: true, changedAt: '2022-07-17T09:00:00.000Z' })
    // The sender's timeline says 人大办, not a colleague's code.
    expect(seen.timeline.map((e) => [e.action, e.by, e.to])).toEqual([
      ['submit', 'NT0001', '已收到'],
      ['assign', '人大办', '已交办'],
      ['answer', '人大办', '已答复'],
    ])

    const unhappy = await ctx.call({ action: 'rate', session: delegate, suggestionId: id, rating: '不满意', comment: '站点太远' })
    expect(unhappy).toMatchObject({ status: 200, body: { status: '重办', rating: '不满意', ratingComment: '站点太远', canRate: false } })
    expect(await ctx.call({ action: 'rate', session: delegate, suggestionId: id, rating: '满意' })).toMatchObject({ status: 409, body: { error: { code: 'wrong_state' } } })
    expect((await ctx.call({ action: 'deskList', session: staff, query: { status: '重办' } })).body).toMatchObject({ total: 1, counts: { 不满意: 1 } })

    const again = await save({ status: '重办', office: '农业农村办公室', version: 4 })
    expect(again).toMatchObject({ status: 200, body: { status: '重办', office: '农业农村办公室' } })
    const answeredAgain = await save({ status: '已答复', answer: '已调整站点位置。', version: 5 })
    expect(answeredAgain).toMatchObject({ status: 200, body: { status: '已答复', rating: null } })
    expect(await mineOf(ctx, delegate)).toMatchObject({ canRate: true })
    expect(await ctx.call({ action: 'rate', session: delegate, suggestionId: id, rating: '满意' })).toMatchObject({ status: 200, body: { status: '已答复', rating: '满意' } })

    const item = (await ctx.call({ action: 'deskGet', session: staff, id })).body as { timeline: Array<{ action: string; from: string | null; to: string; byName: string }>; version: number }
    expect(item.timeline.map((e) => `${e.from ?? ''}→${e.to} ${e.byName}`)).toEqual([
      '→已收到 王建国',
      '已收到→已交办 周敏',
      '已交办→已答复 周敏',
      '已答复→重办 王建国',
      '重办→重办 周敏',
      '重办→已答复 周敏',
      '已答复→已答复 王建国',
    ])
    expect(item.version).toBe(7)
  })

  it('refuses with Chinese messages and writes nothing', async () => {
    const ctx = setup()
    const { delegate, staff, id } = await submitted(ctx)
    const save = (change: Record<string, unknown>) => ctx.call({ action: 'deskUpdate', session: staff, id, change })
    expect(await save({ status: '已交办', version: 1 })).toEqual({
      status: 400,
      body: { error: { code: 'invalid', message: '请选择承办单位', fields: { office: '请选择承办单位' } } },
    })
    expect(await save({ status: '已交办', office: '教育局', version: 1 })).toMatchObject({ status: 400, body: { error: { fields: { office: '请从承办单位名单中选择' } } } })
    expect(await save({ status: '已交办', office: '农业农村办公室', deadline: '2022-02-30', version: 1 })).toMatchObject({ status: 400, body: { error: { fields: { deadline: '期限须为日期，如2022-08-31' } } } })
    expect(await save({ status: '重办', office: '农业农村办公室', version: 1 })).toMatchObject({ status: 409, body: { error: { code: 'wrong_state' } } })
    expect(await save({ status: '已交办', office: '农业农村办公室' })).toMatchObject({ status: 400, body: { error: { fields: { version: '缺少版本号，请刷新页面后再保存' } } } })
    expect(await ctx.call({ action: 'rate', session: delegate, suggestionId: id, rating: '满意' })).toMatchObject({ status: 409, body: { error: { code: 'wrong_state', message: '答复后才能评价' } } })
    expect(await ctx.call({ action: 'deskGet', session: staff, id: '999' })).toEqual({ status: 404, body: { error: { code: 'not_found' } } })
    expect(await ctx.store.get(id)).toMatchObject({ status: '已收到', version: 1, timeline: [] })

    expect((await save({ status: '已答复', answer: '已办理。', version: 1 })).status).toBe(200)
    expect(await save({ status: '已交办', office: '农业农村办公室', version: 2 })).toMatchObject({ status: 409, body: { error: { code: 'status_backward' } } })
    // Only the sender rates; anyone else's rating finds nothing.
    const other = await ctx.signIn('NT0002')
    expect(await ctx.call({ action: 'rate', session: other, suggestionId: id, rating: '满意' })).toEqual({ status: 404, body: { error: { code: 'not_found' } } })
    expect(await ctx.call({ action: 'rate', session: delegate, suggestionId: id, rating: '好' })).toMatchObject({ status: 400, body: { error: { fields: { rating: '请选择满意、基本满意或不满意' } } } })
  })

  it('a stale desk save is 409 with what the colleague saved', async () => {
    const ctx = setup()
    const { staff, id } = await submitted(ctx)
    await ctx.call({ action: 'deskUpdate', session: staff, id, change: { status: '已交办', office: '农业农村办公室', version: 1 } })
    expect(await ctx.call({ action: 'deskUpdate', session: staff, id, change: { status: '已交办', office: '城市建设管理办公室', version: 1 } })).toMatchObject({
      status: 409,
      body: { error: { code: 'stale' }, current: { office: '农业农村办公室', version: 2 } },
    })
  })

  it('lists with filters, counts and paging; overdue once the 期限 has passed', async () => {
    const ctx = setup()
    const staff = await ctx.signIn('NT9001')
    const delegate = await ctx.signIn('NT0001')
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(((await ctx.call(submitEvent(delegate))).body as { id: string }).id)
    await ctx.call({ action: 'deskUpdate', session: staff, id: ids[0], change: { status: '已交办', office: '农业农村办公室', deadline: '2022-07-20', version: 1 } })
    await ctx.call({ action: 'deskUpdate', session: staff, id: ids[1], change: { status: '已交办', office: '城市建设管理办公室', version: 1 } })
    ctx.advanceDays(10)
    const list = async (query: Record<string, string>) => (await ctx.call({ action: 'deskList', session: staff, query })).body as {
      items: Array<{ id: string; overdue: boolean; daysOpen: number }>
      total: number
      nextCursor: string | null
      counts: Record<string, number>
    }
    const all = await list({})
    expect(all.counts).toEqual({ 待交办: 3, 办理中: 2, 已答复: 0, 不满意: 0, 逾期: 1 })
    expect(all.items.find((i) => i.id === ids[0])).toMatchObject({ overdue: true, daysOpen: 10 })
    expect((await list({ overdue: '1' })).items.map((i) => i.id)).toEqual([ids[0]])
    expect((await list({ office: '城市建设管理办公室' })).items.map((i) => i.id)).toEqual([ids[1]])
    expect((await ctx.call({ action: 'deskList', session: staff, query: { office: '教育局' } })).status).toBe(400)
    const first = await list({ limit: '2' })
    expect(first).toMatchObject({ total: 5, nextCursor: ids[1] })
    expect((await list({ limit: '2', cursor: first.nextCursor! })).items.map((i) => i.id)).toEqual([ids[2], ids[3]])
  })

  it('exports the .xlsx (inline here; the cloud function puts it in cloud storage) and resets a delegate', async () => {
    const saveExport = vi.fn(async () => ({ fileID: 'cloud://env/exports/x.xlsx' }))
    const ctx = setup()
    const { staff } = await submitted(ctx)
    const inline = (await ctx.call({ action: 'deskExport', session: staff })).body as { name: string; base64: string }
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(inline.base64, 'base64') as unknown as ExcelJS.Buffer)
    expect(workbook.getWorksheet('代表建议')!.rowCount).toBe(2)
    expect(inline.name).toBe('代表建议.xlsx')

    const cloud = setup({ saveExport })
    const { staff: cloudStaff } = await submitted(cloud)
    expect(await cloud.call({ action: 'deskExport', session: cloudStaff })).toMatchObject({ status: 200, body: { name: '代表建议.xlsx', fileID: 'cloud://env/exports/x.xlsx' } })
    expect(saveExport).toHaveBeenCalledOnce()

    expect(await ctx.call({ action: 'deskReset', session: staff, delegateCode: 'nt0001' })).toMatchObject({ status: 200, body: { code: 'NT0001', sessionsEnded: 1 } })
  })

  it('tells the notifier of 交办 and 答复, never of a refused save; a failing notifier does not fail the save', async () => {
    const notify = vi.fn<NonNullable<HandlerContext['notify']>>(async () => {
      throw new Error('43101')
    })
    const ctx = setup({ notify })
    const { staff, id } = await submitted(ctx)
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await ctx.call({ action: 'deskUpdate', session: staff, id, change: { status: '已交办', version: 1 } })
    expect(notify).not.toHaveBeenCalled()
    expect((await ctx.call({ action: 'deskUpdate', session: staff, id, change: { status: '已交办', office: '农业农村办公室', version: 1 } })).status).toBe(200)
    expect((await ctx.call({ action: 'deskUpdate', session: staff, id, change: { status: '已答复', answer: '已办理。', version: 2 } })).status).toBe(200)
    expect(notify.mock.calls.map(([s, entry]) => [s.id, entry.action])).toEqual([
      [id, 'assign'],
      [id, 'answer'],
    ])
    vi.mocked(console.error).mockRestore()
  })
})
