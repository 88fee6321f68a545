/**
 * The secretariat's desk over HTTP on the real server and SQLite: a staff
 * member's session (or the admin token) opens /api/admin/*, saves record who
 * made them, lists page with counts, stale saves are refused, and the .xlsx
 * opens in exceljs with its cell types.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, postJson, signIn, startFeedbackApp, submitBody, type RunningApp } from './fixtures/feedback-app'

let running: RunningApp
let staffAuth: Record<string, string>
const tokenAuth = { authorization: `Bearer ${ADMIN_TOKEN}` }
const ids: string[] = []

beforeAll(async () => {
  running = await startFeedbackApp({ delegates: 5 })
  staffAuth = { authorization: `Bearer ${await signIn(running.url, 'NT9001')}` }
  const sender = await signIn(running.url, 'NT0001')
  for (let i = 0; i < 5; i++) {
    const phone = i === 0 ? { phone: '13800138000' } : {}
    const result = await postJson(`${running.url}/api/feedback`, submitBody(sender, { suggestion: { title: `建议增设公交站点${i}`, content: '牛塘片区居民出行不便,建议增设公交站点。', cardId: i % 2 ? 'plan-1-1' : 'review-2-3', ...phone } }))
    ids.push((result.body as { id: string }).id)
  }
})
afterAll(() => running?.close())

const get = async (path: string, headers: Record<string, string> = staffAuth) => {
  const response = await fetch(`${running.url}${path}`, { headers })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}
const save = (id: string, body: unknown, headers: Record<string, string> = staffAuth) => postJson(`${running.url}/api/admin/suggestions/${id}`, body, headers)

describe('the desk over HTTP', () => {
  it('opens to a staff session and the admin token, not to a delegate', async () => {
    expect((await get('/api/admin/suggestions', staffAuth)).status).toBe(200)
    expect((await get('/api/admin/suggestions', tokenAuth)).status).toBe(200)
    const delegate = { authorization: `Bearer ${await signIn(running.url, 'NT0002')}` }
    expect(await get('/api/admin/suggestions', delegate)).toEqual({ status: 401, body: { error: { code: 'unauthorized' } } })
    expect((await save(ids[0]!, { status: '已交办', office: '财政所', version: 1 }, delegate)).status).toBe(401)
  })

  it('records who saved: the staff member by code, a script as ADMIN_TOKEN', async () => {
    const assigned = await save(ids[0]!, { status: '已交办', office: '城市建设管理办公室', deadline: '2099-12-31', version: 1 })
    expect(assigned).toMatchObject({ status: 200, body: { status: '已交办', office: '城市建设管理办公室', deadline: '2099-12-31', version: 2 } })
    const answered = await save(ids[0]!, { status: '已答复', answer: '已协调公交公司增设站点。', version: 2 }, tokenAuth)
    expect(answered.status).toBe(200)
    const item = await get(`/api/admin/suggestions/${ids[0]}`)
    expect((item.body.timeline as Array<{ by: string; byName: string; action: string }>).map((e) => [e.action, e.by, e.byName])).toEqual([
      ['submit', 'NT0001', '代表1'],
      ['assign', 'NT9001', '周敏'],
      ['answer', 'ADMIN_TOKEN', '人大办（管理口令）'],
    ])
    expect(item.body).toMatchObject({ answeredBy: 'ADMIN_TOKEN', answeredAt: expect.any(String), daysOpen: 0, overdue: false })
  })

  it('refuses a stale save with the current item and keeps the first', async () => {
    await save(ids[2]!, { status: '已交办', office: '农业农村办公室', version: 1 })
    const stale = await save(ids[2]!, { status: '已交办', office: '财政所', version: 1 }, tokenAuth)
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'stale' }, current: { office: '农业农村办公室', version: 2 } } })
  })

  it('pages with a cursor and counts per status, per card and per office', async () => {
    const first = await get('/api/admin/suggestions?limit=2')
    expect(first.body).toMatchObject({ total: 5, nextCursor: ids[1], byStatus: { 已收到: 3, 已交办: 1, 已答复: 1, 重办: 0 } })
    expect(first.body.counts).toEqual({ 待交办: 3, 办理中: 1, 已答复: 1, 不满意: 0, 逾期: 0 })
    expect((first.body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([ids[0], ids[1]])
    const second = await get(`/api/admin/suggestions?limit=2&cursor=${first.body.nextCursor}`)
    expect((second.body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([ids[2], ids[3]])
    expect(first.body.byCard).toEqual([
      { cardId: 'review-2-3', cardTitle: expect.any(String), count: 3 },
      { cardId: 'plan-1-1', cardTitle: expect.any(String), count: 2 },
    ])
    expect((first.body.byOffice as Array<{ office: string; total: number }>).find((o) => o.office === '农业农村办公室')).toMatchObject({ total: 1 })
    const office = await get(`/api/admin/suggestions?office=${encodeURIComponent('农业农村办公室')}`)
    expect((office.body.items as Array<{ id: string }>).map((i) => i.id)).toEqual([ids[2]])
    expect(await get(`/api/admin/suggestions?office=${encodeURIComponent('教育局')}`)).toMatchObject({ status: 400, body: { error: { fields: { office: '承办单位不在名单中' } } } })
  })

  it('exports a real .xlsx: receipt and phone as text, times as dates, a frozen header, a 统计 sheet', async () => {
    const response = await fetch(`${running.url}/api/admin/suggestions.xlsx`, { headers: staffAuth })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('代表建议.xlsx'))
    expect(response.headers.get('cache-control')).toBe('no-store')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer)
    const sheet = workbook.getWorksheet('代表建议')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(headers.indexOf('手机号') + 1).value === '13800138000')!
    const cell = (header: string) => row.getCell(headers.indexOf(header) + 1)
    expect(sheet.rowCount).toBe(6)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(cell('手机号').type).toBe(ExcelJS.ValueType.String)
    expect(cell('回执编号').type).toBe(ExcelJS.ValueType.String)
    expect(cell('提交时间').type).toBe(ExcelJS.ValueType.Date)
    expect(cell('答复时间').type).toBe(ExcelJS.ValueType.Date)
    expect(cell('期限').type).toBe(ExcelJS.ValueType.Date)
    expect(cell('承办单位').value).toBe('城市建设管理办公室')
    expect(workbook.getWorksheet('统计')).toBeTruthy()
    // The filters apply to the export too.
    const filtered = await fetch(`${running.url}/api/admin/suggestions.xlsx?status=${encodeURIComponent('已答复')}`, { headers: staffAuth })
    const one = new ExcelJS.Workbook()
    await one.xlsx.load(Buffer.from(await filtered.arrayBuffer()) as unknown as ExcelJS.Buffer)
    expect(one.getWorksheet('代表建议')!.rowCount).toBe(2)
  })

  it('the CSV carries 答复时间 and the office', async () => {
    const text = await (await fetch(`${running.url}/api/admin/suggestions.csv`, { headers: staffAuth })).text()
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    const columns = header!.split(',').map((c) => c.replace(/"/g, ''))
    expect(columns).toEqual(expect.arrayContaining(['答复时间', '承办单位', '期限', '满意度']))
    const answered = rows.find((r) => r.includes('已协调公交公司增设站点'))!.split('","')
    expect(answered[columns.indexOf('答复时间')]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
  })
})
