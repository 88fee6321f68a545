/**
 * One behaviour, three stores: in memory, SQLite and the cloud database
 * adapter (on a fake of the cloud database).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCloudStore } from '../../../cloudfunctions/feedback/cloud-store'
import { openSqliteStore } from '../../../server/feedback/sqlite-store'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import type { InsertRules, NewSuggestion, Store } from '../../../src/feedback/store'
import { createFakeCloudDb } from './fake-cloud-db'

const dir = mkdtempSync(path.join(tmpdir(), 'store-contract-'))
const closers: Array<() => void> = []
afterAll(() => {
  for (const close of closers) close()
  rmSync(dir, { recursive: true, force: true })
})

const stores: Array<[string, () => Store]> = [
  ['memory', () => createMemoryStore()],
  [
    'sqlite',
    () => {
      const store = openSqliteStore(path.join(dir, `${Math.random().toString(36).slice(2)}.sqlite`))
      closers.push(() => store.close())
      return store
    },
  ],
  ['cloud', () => createCloudStore(createFakeCloudDb())],
]

let n = 0
function draft(overrides: Partial<NewSuggestion> = {}): NewSuggestion {
  n++
  return {
    requestId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    delegateCode: 'NT0001',
    title: '建议增设公交站点',
    content: '牛塘片区居民出行不便,建议增设公交站点。',
    cardId: 'review-2-3',
    phone: null,
    cosigners: [],
    createdAt: '2022-07-14T09:00:00.000Z',
    ...overrides,
  }
}
const rules: InsertRules = {
  receiptFor: (seq) => `R-${seq}`,
  limit: { since: '2022-07-14T08:59:00.000Z', max: 3 },
}

describe.each(stores)('%s store', (_name, open) => {
  it('numbers new suggestions from 1 and returns the stored one on replay', async () => {
    const store = open()
    const first = draft({ phone: '13912345678', cosigners: ['NT0002'] })
    const created = await store.insert(first, rules)
    expect(created).toEqual({
      kind: 'created',
      suggestion: { ...first, id: '1', receipt: 'R-1', status: '已收到', answer: null, updatedAt: first.createdAt },
    })
    expect(await store.insert(draft({ delegateCode: 'NT0002' }), rules)).toMatchObject({ kind: 'created', suggestion: { id: '2', receipt: 'R-2' } })
    expect(await store.insert({ ...first, title: '另一个标题' }, rules)).toEqual({ kind: 'existing', suggestion: created.kind === 'created' ? created.suggestion : null })
    expect(await store.count()).toBe(2)
    expect(await store.findByRequestId(first.requestId)).toMatchObject({ id: '1' })
    expect(await store.findByRequestId('00000000-0000-4000-8000-999999999999')).toBeNull()
  })

  it('refuses over the limit since the given time, per delegate', async () => {
    const store = open()
    await store.insert(draft({ createdAt: '2022-07-14T08:58:00.000Z' }), rules) // before `since`
    for (let i = 0; i < 3; i++) expect((await store.insert(draft(), rules)).kind).toBe('created')
    expect(await store.insert(draft(), rules)).toEqual({ kind: 'rate_limited' })
    expect((await store.insert(draft({ delegateCode: 'NT0002' }), rules)).kind).toBe('created')
    expect(await store.count()).toBe(5)
  })

  it('numbers concurrent inserts without gaps or repeats', async () => {
    const store = open()
    const many = { ...rules, limit: { since: rules.limit.since, max: 1000 } }
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => store.insert(draft(), many)))
    const receipts = outcomes.map((o) => (o.kind === 'created' ? o.suggestion.receipt : o.kind))
    expect([...receipts].sort((a, b) => Number(a.slice(2)) - Number(b.slice(2)))).toEqual(Array.from({ length: 40 }, (_, i) => `R-${i + 1}`))
  })

  it('lists oldest first with filters by section, card, status and delegate', async () => {
    const store = open()
    const many = { ...rules, limit: { since: rules.limit.since, max: 100 } }
    await store.insert(draft({ cardId: 'review-2-3' }), many)
    await store.insert(draft({ cardId: 'review-12-1', delegateCode: 'NT0002' }), many)
    await store.insert(draft({ cardId: 'review-1-2' }), many)
    await store.insert(draft({ cardId: 'plan-2-1' }), many)
    await store.update('4', { status: '已交办', answer: null, updatedAt: '2022-07-15T00:00:00.000Z' })
    const ids = async (filter: Parameters<Store['list']>[0]) => (await store.list(filter)).map((s) => s.id)
    expect(await ids(undefined)).toEqual(['1', '2', '3', '4'])
    expect(await ids({ section: 'review-1' })).toEqual(['3'])
    expect(await ids({ section: 'review-12' })).toEqual(['2'])
    expect(await ids({ cardId: 'review-2-3' })).toEqual(['1'])
    expect(await ids({ status: '已交办' })).toEqual(['4'])
    expect(await ids({ status: '已收到', delegateCode: 'NT0001' })).toEqual(['1', '3'])
    expect(await store.count({ section: 'review-2' })).toBe(1)
  })

  it('updates status and answer, and knows no unknown id', async () => {
    const store = open()
    await store.insert(draft(), rules)
    const updated = await store.update('1', { status: '已答复', answer: '已办理。', updatedAt: '2022-07-20T00:00:00.000Z' })
    expect(updated).toMatchObject({ id: '1', status: '已答复', answer: '已办理。', updatedAt: '2022-07-20T00:00:00.000Z', createdAt: '2022-07-14T09:00:00.000Z' })
    expect(await store.get('1')).toEqual(updated)
    expect(await store.update('7', { status: '已交办', answer: null, updatedAt: '2022-07-20T00:00:00.000Z' })).toBeNull()
    expect(await store.get('7')).toBeNull()
    expect(await store.get('not-an-id')).toBeNull()
  })

  it('binds a code to the first OPENID until unbound', async () => {
    const store = open()
    expect(await store.boundOpenid('NT0001')).toBeNull()
    expect(await store.bindOpenid('NT0001', 'first')).toBe('first')
    expect(await store.bindOpenid('NT0001', 'second')).toBe('first')
    expect(await store.boundOpenid('NT0001')).toBe('first')
    await store.unbindOpenid('NT0001')
    await store.unbindOpenid('NT0404')
    expect(await store.bindOpenid('NT0001', 'second')).toBe('second')
  })
})
