/**
 * The secretariat's endpoints: token, filters, CSV and status progression.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCardIdShape } from '../../src/feedback/card-id'
import { ADMIN_TOKEN, postJson, signIn, startFeedbackApp, submitBody, suggestion, type RunningApp } from './fixtures/feedback-app'

let running: RunningApp
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }
const ids: Record<string, string> = {}

interface AdminList {
  items: Array<{ id: string; cardId: string; status: string; answer: string | null; title: string; version: number; delegate: { name: string } | null }>
  total: number
  nextCursor: string | null
  byStatus: Record<string, number>
  byCard: Array<{ cardId: string; count: number }>
}

async function list(query = ''): Promise<AdminList> {
  const response = await fetch(`${running.url}/api/admin/suggestions${query}`, { headers: auth })
  expect(response.status).toBe(200)
  return (await response.json()) as AdminList
}

beforeAll(async () => {
  // review-10-1 is not in the report: it checks numeric ordering of sections.
  running = await startFeedbackApp({ delegates: 5, isKnownCardId: isCardIdShape })
  const url = `${running.url}/api/feedback`
  const session = await signIn(running.url, 'NT0001')
  const send = async (name: string, cardId: string, title: string, content = suggestion.content) => {
    const result = await postJson(url, submitBody(session, { suggestion: { ...suggestion, cardId, title, content } }))
    ids[name] = (result.body as { id: string }).id
  }
  await send('plan', 'plan-1-1', '关于营商环境的建议')
  await send('review23', 'review-2-3', '关于公交站点的建议')
  await send('formula', 'review-2-1', '=HYPERLINK("http://x","点我")', '-2+3 这是一条以减号开头的内容')
  await send('review10', 'review-10-1', '@某某 请关注养老服务')
  await send('review23b', 'review-2-3', '+86 的电话号码问题')
})
afterAll(async () => running.close())

describe('admin authentication', () => {
  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer nope' }],
    ['basic auth', { authorization: `Basic ${ADMIN_TOKEN}` }],
    ['the token without Bearer', { authorization: ADMIN_TOKEN }],
  ])('answers 401 with %s', async (_name, headers: Record<string, string>) => {
    // A server of its own: failed tokens are limited per address (10 in 15 minutes).
    const fresh = await startFeedbackApp({ delegates: 1 })
    try {
      const session = await signIn(fresh.url, 'NT0001')
      const { id } = (await postJson(`${fresh.url}/api/feedback`, submitBody(session))).body as { id: string }
      for (const [method, path] of [
        ['GET', '/api/admin/suggestions'],
        ['GET', '/api/admin/suggestions.csv'],
        ['POST', `/api/admin/suggestions/${id}`],
        ['POST', '/api/admin/delegates/NT0001/reset'],
      ] as const) {
        const response = await fetch(`${fresh.url}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          body: method === 'POST' ? JSON.stringify({ status: '已交办', version: 1 }) : undefined,
        })
        expect(response.status).toBe(401)
        expect(await response.json()).toEqual({ error: { code: 'unauthorized' } })
      }
      expect((await fresh.service.store.get(id))?.status).toBe('已收到')
      expect((await postJson(`${fresh.url}/api/feedback`, { action: 'whoami', session })).status).toBe(200)
    } finally {
      await fresh.close()
    }
  })
})

describe('GET /api/admin/suggestions', () => {
  it('lists everything with the delegate, the version, a count per status and per card in report order', async () => {
    const all = await list()
    expect(all.total).toBe(5)
    expect(all.nextCursor).toBeNull()
    expect(all.items[0]?.delegate?.name).toBe('代表1')
    expect(all.items.every((item) => item.version === 1)).toBe(true)
    expect(all.byStatus).toEqual({ 已收到: 5, 已交办: 0, 已答复: 0, 重办: 0 })
    expect(all.byCard).toEqual([
      { cardId: 'review-2-1', cardTitle: expect.any(String), count: 1 },
      { cardId: 'review-2-3', cardTitle: expect.any(String), count: 2 },
      { cardId: 'review-10-1', cardTitle: null, count: 1 },
      { cardId: 'plan-1-1', cardTitle: expect.any(String), count: 1 },
    ])
  })

  it('filters by section, card and status', async () => {
    expect((await list('?section=review-2')).items.map((i) => i.id).sort()).toEqual([ids.formula, ids.review23, ids.review23b].sort())
    expect((await list('?section=review-1')).items).toEqual([])
    expect((await list('?card=review-2-3')).items.map((i) => i.id)).toEqual([ids.review23, ids.review23b])
    expect((await list('?status=%E5%B7%B2%E7%AD%94%E5%A4%8D')).items).toEqual([])
    expect((await list('?status=&card=plan-1-1')).items.map((i) => i.id)).toEqual([ids.plan])
  })

  it('pages with ?limit= and the cursor it answers', async () => {
    const first = await list('?limit=2')
    expect(first.items.map((i) => i.id)).toEqual([ids.plan, ids.review23])
    expect(first.total).toBe(5)
    const second = await list(`?limit=2&cursor=${first.nextCursor}`)
    expect(second.items.map((i) => i.id)).toEqual([ids.formula, ids.review10])
    const third = await list(`?limit=2&cursor=${second.nextCursor}`)
    expect(third.items.map((i) => i.id)).toEqual([ids.review23b])
    expect(third.nextCursor).toBeNull()
    expect((await list('?limit=200')).items).toHaveLength(5)
    const filtered = await list('?card=review-2-3&limit=1')
    expect(filtered.items.map((i) => i.id)).toEqual([ids.review23])
    expect((await list(`?card=review-2-3&limit=1&cursor=${filtered.nextCursor}`)).items.map((i) => i.id)).toEqual([ids.review23b])
  })

  it('refuses malformed filters and pages with 400', async () => {
    for (const query of ['?status=done', '?card=review-2', '?section=%25', '?card=a&card=b', '?limit=201', '?limit=0', '?limit=x', '?cursor=abc']) {
      const response = await fetch(`${running.url}/api/admin/suggestions${query}`, { headers: auth })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'invalid' } })
    }
  })
})

describe('GET /api/admin/suggestions.csv', () => {
  it('is UTF-8 with a BOM, grouped by card in report order, formulas neutralised', async () => {
    const response = await fetch(`${running.url}/api/admin/suggestions.csv`, { headers: auth })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^"卡片","卡片标题","回执编号","提交时间","代表编码","姓名"/)
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      '"review-2-1"',
      '"review-2-3"',
      '"review-2-3"',
      '"review-10-1"',
      '"plan-1-1"',
    ])
    const formulaRow = lines[1]!
    expect(formulaRow).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`)
    expect(formulaRow).toContain(`"'-2+3 这是一条以减号开头的内容"`)
    expect(lines[3]).toContain(`"'+86 的电话号码问题"`)
    expect(lines[4]).toContain(`"'@某某 请关注养老服务"`)
    expect(lines[2]).toContain('"关于公交站点的建议"')
    // No cell anywhere starts with a bare formula character.
    for (const line of lines) expect(line).not.toMatch(/(^|,)"[=+\-@]/)
  })

  it('takes the same filters', async () => {
    const response = await fetch(`${running.url}/api/admin/suggestions.csv?card=plan-1-1`, { headers: auth })
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('"关于营商环境的建议"')
  })
})

describe('POST /api/admin/suggestions/:id', () => {
  const update = (id: string, body: unknown) =>
    postJson(`${running.url}/api/admin/suggestions/${id}`, body, auth)
  const versionOf = async (id: string) => (await list()).items.find((i) => i.id === id)!.version

  it('moves the status forward only, and the delegate sees status and answer in mine', async () => {
    const id = ids.review23!
    // 已交办 needs a 承办单位 from the list (issue 13).
    expect(await update(id, { status: '已交办', version: 1 })).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { office: '请选择承办单位' } } } })
    expect(await update(id, { status: '已交办', office: '城市建设管理办公室', version: 1 })).toMatchObject({
      status: 200,
      body: { id, status: '已交办', office: '城市建设管理办公室', answer: null, version: 2 },
    })
    expect(await update(id, { status: '已收到', version: 2 })).toMatchObject({ status: 409, body: { error: { code: 'status_backward' } } })
    expect(await update(id, { status: '已答复', version: 2 })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid', fields: { answer: '答复前请填写答复内容' } } },
    })
    expect(await update(id, { status: '已答复', answer: '  已协调公交公司增设站点。 ', version: 2 })).toMatchObject({
      status: 200,
      body: { status: '已答复', answer: '已协调公交公司增设站点。', version: 3 },
    })
    expect((await update(id, { status: '已交办', version: 3 })).status).toBe(409)

    const mine = await postJson(`${running.url}/api/feedback`, { action: 'mine', session: await signIn(running.url, 'NT0001') })
    expect((mine.body as { items: Array<{ id: string; status: string; answer: string | null }> }).items.find((i) => i.id === id)).toMatchObject({
      status: '已答复',
      answer: '已协调公交公司增设站点。',
    })
    expect((await list('?status=%E5%B7%B2%E7%AD%94%E5%A4%8D')).items.map((i) => i.id)).toEqual([id])
  })

  it('refuses bad bodies and unknown ids', async () => {
    expect(await update(ids.plan!, { status: 'closed', version: 1 })).toMatchObject({ status: 400, body: { error: { code: 'invalid' } } })
    expect(await update(ids.plan!, '{oops')).toMatchObject({ status: 400, body: { error: { code: 'bad_json' } } })
    expect(await update(ids.plan!, { status: '已交办' })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid', fields: { version: '缺少版本号，请刷新页面后再保存' } } },
    })
    expect(await update('99999', { status: '已交办', version: 1 })).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } })
    expect(await update('abc', { status: '已交办', version: 1 })).toMatchObject({ status: 404 })
    expect(await versionOf(ids.plan!)).toBe(1)
  })
})
