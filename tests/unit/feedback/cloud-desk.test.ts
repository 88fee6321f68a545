/**
 * The secretariat's desk through the cloud function, on the fake
 * wx-server-sdk and the fake cloud database: a staff member's OPENID once
 * signed in, the .xlsx into cloud storage, and the subscription notice on
 * 交办 and 答复 (a 43101 refusal recorded, never retried).
 */
import ExcelJS from 'exceljs'
import { describe, expect, it, vi } from 'vitest'
import { createMain } from '../../../cloudfunctions/feedback/index'
import type { CloudSdk } from '../../../cloudfunctions/feedback/wx-server-sdk'
import type { NoticeTemplates } from '../../../src/feedback/notice-templates'
import { officesOf } from '../../../src/feedback/offices'
import { createFakeCloudDb } from './fake-cloud-db'
import { roster, signInEvent, submitEvent } from './fixtures'

const offices = officesOf([
  { name: '城市建设管理办公室', kind: '镇机关' },
  { name: '农业农村办公室', kind: '镇机关' },
])
const templates: NoticeTemplates = {
  assigned: { id: 'tmpl-assigned', page: 'pages/mine/index' },
  answered: { id: 'tmpl-answered', page: 'pages/mine/index' },
  fields: { title: 'thing1', state: 'phrase2', note: 'thing3', time: 'time4' },
}

function cloudUnderTest(noticeTemplates: NoticeTemplates = templates) {
  const context = { OPENID: 'openid-delegate' }
  const db = createFakeCloudDb()
  const uploaded: Array<{ cloudPath: string; fileContent: Buffer }> = []
  const sdk = {
    DYNAMIC_CURRENT_ENV: Symbol('env'),
    init: vi.fn(),
    database: () => db,
    getWXContext: () => context,
    uploadFile: vi.fn<CloudSdk['uploadFile']>(async (file) => {
      uploaded.push(file)
      return { fileID: `cloud://env-1/${file.cloudPath}` }
    }),
    getTempFileURL: vi.fn<CloudSdk['getTempFileURL']>(async ({ fileList }) => ({ fileList: fileList.map((fileID) => ({ fileID, tempFileURL: 'https://tmp.example/x.xlsx' })) })),
    openapi: {
      wxacode: { getUnlimited: vi.fn<CloudSdk['openapi']['wxacode']['getUnlimited']>() },
      subscribeMessage: { send: vi.fn<CloudSdk['openapi']['subscribeMessage']['send']>(async () => ({ errCode: 0 })) },
    },
  } satisfies CloudSdk
  const main = createMain({ cloud: sdk, roster, offices, noticeTemplates, now: () => new Date('2022-07-14T09:00:00.000Z') })
  /** Calls as the given WeChat account. */
  const as = (openid: string, event: unknown) => {
    context.OPENID = openid
    return main(event, {})
  }
  /** A browser's POST /api/feedback through CloudBase HTTP access (no OPENID). */
  const overHttp = async (body: unknown) => {
    const answer = await main({ httpMethod: 'POST', path: '/api/feedback', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.9' }, body: JSON.stringify(body) })
    return { status: answer.statusCode, body: JSON.parse(answer.body) as Record<string, unknown>, headers: answer.headers }
  }
  return { sdk, db, uploaded, as, overHttp }
}

async function submitted(cloud: ReturnType<typeof cloudUnderTest>) {
  expect((await cloud.as('openid-delegate', signInEvent('NT0001'))).status).toBe(200)
  const { id } = (await cloud.as('openid-delegate', submitEvent(undefined))).body as { id: string }
  // The secretary signs in once on their own phone; their OPENID carries them afterwards.
  expect((await cloud.as('openid-staff', signInEvent('NT9001'))).status).toBe(200)
  return id
}

describe('the desk in the cloud function', () => {
  it('opens to a signed-in staff member by OPENID, not to a delegate', async () => {
    const cloud = cloudUnderTest()
    await submitted(cloud)
    expect(await cloud.as('openid-delegate', { action: 'deskList' })).toEqual({ status: 403, body: { error: { code: 'staff_only' } } })
    expect(await cloud.as('openid-stranger', { action: 'deskList' })).toEqual({ status: 401, body: { error: { code: 'signin_required' } } })
    expect(await cloud.as('openid-staff', { action: 'deskList' })).toMatchObject({ status: 200, body: { total: 1, counts: { 待交办: 1 } } })
  })

  it('hands out and answers, and tells the sender each time with the configured template', async () => {
    const cloud = cloudUnderTest()
    const id = await submitted(cloud)
    const assigned = await cloud.as('openid-staff', { action: 'deskUpdate', id, change: { status: '已交办', office: '城市建设管理办公室', deadline: '2022-07-31', version: 1 } })
    expect(assigned).toMatchObject({ status: 200, body: { status: '已交办', office: '城市建设管理办公室', timeline: [{ action: 'submit' }, { action: 'assign', by: 'NT9001', byName: '周敏' }] } })
    expect(await cloud.as('openid-staff', { action: 'deskUpdate', id, change: { status: '已答复', answer: '已协调公交公司在卢家巷增设站点，预计9月启用。', version: 2 } })).toMatchObject({ status: 200 })

    expect(cloud.sdk.openapi.subscribeMessage.send.mock.calls.map(([message]) => message)).toEqual([
      {
        touser: 'openid-delegate',
        templateId: 'tmpl-assigned',
        page: 'pages/mine/index',
        data: { thing1: { value: '建议增设公交站点' }, phrase2: { value: '已交办' }, thing3: { value: '已交城市建设管理办公室办理' }, time4: { value: '2022年7月14日 17:00' } },
      },
      {
        touser: 'openid-delegate',
        templateId: 'tmpl-answered',
        page: 'pages/mine/index',
        data: { thing1: { value: '建议增设公交站点' }, phrase2: { value: '已答复' }, thing3: { value: '已协调公交公司在卢家巷增设站点，预计9…' }, time4: { value: '2022年7月14日 17:00' } },
      },
    ])
    expect([...cloud.db.collections.get('notices')!.values()].map((n) => [n.kind, n.state, n.errCode])).toEqual([
      ['assigned', 'sent', 0],
      ['answered', 'sent', 0],
    ])

    // The sender rates from their phone; no notice for that.
    expect(await cloud.as('openid-delegate', { action: 'rate', suggestionId: id, rating: '不满意', comment: '太慢' })).toMatchObject({ status: 200, body: { status: '重办' } })
    expect(cloud.sdk.openapi.subscribeMessage.send).toHaveBeenCalledTimes(2)
  })

  it('records a refusal (43101) once and never tries that notice again; the save stands', async () => {
    const cloud = cloudUnderTest()
    const id = await submitted(cloud)
    cloud.sdk.openapi.subscribeMessage.send.mockRejectedValue(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101, errMsg: 'user refuse to accept the msg' }))
    expect(await cloud.as('openid-staff', { action: 'deskUpdate', id, change: { status: '已交办', office: '农业农村办公室', version: 1 } })).toMatchObject({ status: 200 })
    expect(cloud.sdk.openapi.subscribeMessage.send).toHaveBeenCalledTimes(1)
    expect([...cloud.db.collections.get('notices')!.values()]).toEqual([
      expect.objectContaining({ suggestionId: id, kind: 'assigned', state: 'refused', errCode: 43101 }),
    ])
    expect((await cloud.as('openid-staff', { action: 'deskGet', id })).body).toMatchObject({ status: '已交办', version: 2 })
  })

  it('sends nothing when no template is configured at build', async () => {
    const cloud = cloudUnderTest({ ...templates, assigned: { id: '', page: '' }, answered: { id: '', page: '' } })
    const id = await submitted(cloud)
    await cloud.as('openid-staff', { action: 'deskUpdate', id, change: { status: '已交办', office: '农业农村办公室', version: 1 } })
    expect(cloud.sdk.openapi.subscribeMessage.send).not.toHaveBeenCalled()
  })

  it('writes the .xlsx to cloud storage and answers its fileID and a temporary URL', async () => {
    const cloud = cloudUnderTest()
    await submitted(cloud)
    const exported = await cloud.as('openid-staff', { action: 'deskExport', query: {} })
    expect(exported).toEqual({
      status: 200,
      body: { name: '代表建议.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileID: expect.stringMatching(/^cloud:\/\/env-1\/desk-exports\/.+\.xlsx$/), url: 'https://tmp.example/x.xlsx' },
    })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(cloud.uploaded[0]!.fileContent as unknown as ExcelJS.Buffer)
    expect(workbook.getWorksheet('代表建议')!.getRow(2).getCell(1).value).toBe('NT-2022-0001')
  })

  it('serves the H5 app over CloudBase HTTP access from the same store: a staff session opens the desk', async () => {
    const cloud = cloudUnderTest()
    const id = await submitted(cloud)
    const staff = await cloud.overHttp(signInEvent('NT9001'))
    expect(staff).toMatchObject({ status: 200, body: { role: '工作人员' }, headers: { 'cache-control': 'no-store' } })
    const session = staff.body.session as string
    expect(await cloud.overHttp({ action: 'deskList' })).toMatchObject({ status: 401, body: { error: { code: 'signin_required' } } })
    expect(await cloud.overHttp({ action: 'deskList', session })).toMatchObject({ status: 200, body: { total: 1 } })
    expect(await cloud.overHttp({ action: 'deskUpdate', session, id, change: { status: '已交办', office: '农业农村办公室', version: 1 } })).toMatchObject({ status: 200, body: { status: '已交办' } })
    // The delegate's phone (by OPENID) sees the same suggestion handed out.
    expect(((await cloud.as('openid-delegate', { action: 'mine' })).body as { items: Array<{ status: string }> }).items[0]).toMatchObject({ status: '已交办' })
  })
})
