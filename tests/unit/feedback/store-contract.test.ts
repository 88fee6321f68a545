/**
 * One behaviour, three stores: in memory, SQLite and the cloud database
 * adapter (on a fake of the cloud database).
 */
import { describe, expect, it } from 'vitest'
import type { InsertRules, NewSuggestion, Store, SuggestionUpdate } from '../../../src/feedback/store'
import type { Handling } from '../../../src/feedback/types'
import { newHandling } from '../../../src/feedback/workflow'
import { everyStore } from './every-store'

const stores = everyStore('store-contract-')

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
/** A whole handling as the workflow would hand it to the store. */
function handling(overrides: Partial<Handling> & { updatedAt: string }): SuggestionUpdate {
  return { ...newHandling(), ...overrides }
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
      suggestion: {
        ...first,
        cosigners: [{ code: 'NT0002', state: 'invited' }],
        ...newHandling(),
        id: '1',
        receipt: 'R-1',
        version: 1,
        updatedAt: first.createdAt,
      },
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
    await store.update('4', handling({ status: '已交办', office: '农业农村办公室', updatedAt: '2022-07-15T00:00:00.000Z' }), 1)
    const ids = async (filter: Parameters<Store['list']>[0]) => (await store.list(filter)).map((s) => s.id)
    expect(await ids(undefined)).toEqual(['1', '2', '3', '4'])
    expect(await ids({ section: 'review-1' })).toEqual(['3'])
    expect(await ids({ section: 'review-12' })).toEqual(['2'])
    expect(await ids({ cardId: 'review-2-3' })).toEqual(['1'])
    expect(await ids({ status: '已交办' })).toEqual(['4'])
    expect(await ids({ status: '已收到', delegateCode: 'NT0001' })).toEqual(['1', '3'])
    expect(await store.count({ section: 'review-2' })).toBe(1)
  })

  it('lists one page at a time after a cursor, with the filters', async () => {
    const store = open()
    const many = { ...rules, limit: { since: rules.limit.since, max: 100 } }
    for (let i = 0; i < 7; i++) await store.insert(draft({ cardId: i % 2 ? 'plan-2-1' : 'review-2-3' }), many)
    const ids = async (filter: Parameters<Store['list']>[0], page: Parameters<Store['list']>[1]) => (await store.list(filter, page)).map((s) => s.id)
    expect(await ids(undefined, { limit: 3 })).toEqual(['1', '2', '3'])
    expect(await ids(undefined, { after: '3', limit: 3 })).toEqual(['4', '5', '6'])
    expect(await ids(undefined, { after: '6', limit: 3 })).toEqual(['7'])
    expect(await ids({ cardId: 'review-2-3' }, { after: '1', limit: 2 })).toEqual(['3', '5'])
    expect(await ids(undefined, { after: '7', limit: 3 })).toEqual([])
  })

  it('updates status and answer at the expected version only, counting versions, and knows no unknown id', async () => {
    const store = open()
    await store.insert(draft(), rules)
    const change = handling({ status: '已答复', office: '农业农村办公室', answer: '已办理。', updatedAt: '2022-07-20T00:00:00.000Z' })
    const updated = await store.update('1', change, 1)
    expect(updated).toMatchObject({
      kind: 'updated',
      suggestion: { id: '1', status: '已答复', answer: '已办理。', version: 2, updatedAt: '2022-07-20T00:00:00.000Z', createdAt: '2022-07-14T09:00:00.000Z' },
    })
    expect(await store.get('1')).toEqual(updated.kind === 'updated' ? updated.suggestion : null)
    // A save made from version 1 is now stale: nothing changes, the current one comes back.
    const stale = await store.update('1', { ...change, answer: '另一个答复。' }, 1)
    expect(stale).toMatchObject({ kind: 'stale', current: { answer: '已办理。', version: 2 } })
    expect(await store.update('1', { ...change, answer: '第二次答复。' }, 2)).toMatchObject({ kind: 'updated', suggestion: { version: 3 } })
    expect(await store.update('7', handling({ status: '已交办', updatedAt: '2022-07-20T00:00:00.000Z' }), 1)).toEqual({ kind: 'missing' })
    expect(await store.get('7')).toBeNull()
    expect(await store.get('not-an-id')).toBeNull()
  })

  it('keeps every workflow field and the timeline through an update, and comes back in 重办', async () => {
    const store = open()
    await store.insert(draft(), rules)
    const timeline = [
      { at: '2022-07-15T00:00:00.000Z', by: 'NT9001', action: 'assign' as const, from: '已收到' as const, to: '已交办' as const, office: '农业农村办公室', deadline: '2022-08-31' },
      { at: '2022-07-20T00:00:00.000Z', by: 'NT9001', action: 'answer' as const, from: '已交办' as const, to: '已答复' as const, answer: '已办理。' },
      { at: '2022-07-21T00:00:00.000Z', by: 'NT0001', action: 'rate' as const, from: '已答复' as const, to: '重办' as const, rating: '不满意' as const, comment: '没有落实' },
    ]
    const change = handling({
      status: '重办',
      office: '农业农村办公室',
      deadline: '2022-08-31',
      assignedAt: '2022-07-15T00:00:00.000Z',
      answer: '已办理。',
      answeredAt: '2022-07-20T00:00:00.000Z',
      answeredBy: 'NT9001',
      rating: '不满意',
      ratingComment: '没有落实',
      ratedAt: '2022-07-21T00:00:00.000Z',
      timeline,
      updatedAt: '2022-07-21T00:00:00.000Z',
    })
    const { updatedAt: _updatedAt, ...fields } = change
    expect(await store.update('1', change, 1)).toMatchObject({ kind: 'updated', suggestion: { ...fields, version: 2 } })
    expect(await store.get('1')).toMatchObject({ ...fields, timeline })
    expect((await store.list({ status: '重办' })).map((s) => s.id)).toEqual(['1'])
    expect(await store.count({ status: '重办' })).toBe(1)
  })

  it('keeps co-signers invited until each answers, and lists the open invitations per code', async () => {
    const store = open()
    await store.insert(draft({ cosigners: ['NT0002', 'NT0003'] }), rules)
    await store.insert(draft({ delegateCode: 'NT0003', cosigners: ['NT0002'] }), rules)
    expect((await store.invitationsFor('NT0002')).map((s) => s.id)).toEqual(['1', '2'])
    expect((await store.invitationsFor('NT0003')).map((s) => s.id)).toEqual(['1'])

    const answered = await store.answerInvitation('1', 'NT0002', true, '2022-07-15T00:00:00.000Z')
    expect(answered?.cosigners).toEqual([
      { code: 'NT0002', state: 'confirmed' },
      { code: 'NT0003', state: 'invited' },
    ])
    expect(answered?.version).toBe(1)
    expect((await store.answerInvitation('2', 'NT0002', false, '2022-07-15T00:00:00.000Z'))?.cosigners).toEqual([{ code: 'NT0002', state: 'declined' }])
    expect(await store.invitationsFor('NT0002')).toEqual([])
    expect((await store.get('1'))?.cosigners[0]).toEqual({ code: 'NT0002', state: 'confirmed' })
    // Only a listed co-signer answers; an unknown suggestion is no one's.
    expect(await store.answerInvitation('1', 'NT0009', true, '2022-07-15T00:00:00.000Z')).toBeNull()
    expect(await store.answerInvitation('99', 'NT0002', true, '2022-07-15T00:00:00.000Z')).toBeNull()
  })

  it('keeps sessions by hash until ended, one or all of a code', async () => {
    const store = open()
    expect(await store.sessionDelegate('h1')).toBeNull()
    await store.createSession('h1', 'NT0001', '2022-07-14T09:00:00.000Z')
    await store.createSession('h2', 'NT0001', '2022-07-14T09:01:00.000Z')
    await store.createSession('h3', 'NT0002', '2022-07-14T09:02:00.000Z')
    expect(await store.sessionDelegate('h1')).toBe('NT0001')
    await store.endSession('h2')
    expect(await store.sessionDelegate('h2')).toBeNull()
    await store.createSession('h4', 'NT0001', '2022-07-14T09:03:00.000Z')
    expect(await store.endSessions('NT0001')).toBe(2)
    expect(await store.sessionDelegate('h1')).toBeNull()
    expect(await store.sessionDelegate('h4')).toBeNull()
    expect(await store.sessionDelegate('h3')).toBe('NT0002')
    expect(await store.endSessions('NT0404')).toBe(0)
  })

  it('counts failed sign-ins per key since a time, oldest first', async () => {
    const store = open()
    await store.recordFailedSignIn(['code:NT0001', 'address:10.0.0.7'], '2022-07-14T09:00:00.000Z')
    await store.recordFailedSignIn(['code:NT0002', 'address:10.0.0.7'], '2022-07-14T09:05:00.000Z')
    await store.recordFailedSignIn(['code:NT0001'], '2022-07-14T09:02:00.000Z')
    expect(await store.failedSignIns('code:NT0001', '2022-07-14T08:00:00.000Z')).toEqual(['2022-07-14T09:00:00.000Z', '2022-07-14T09:02:00.000Z'])
    expect(await store.failedSignIns('code:NT0001', '2022-07-14T09:01:00.000Z')).toEqual(['2022-07-14T09:02:00.000Z'])
    expect(await store.failedSignIns('address:10.0.0.7', '2022-07-14T08:00:00.000Z')).toHaveLength(2)
    expect(await store.failedSignIns('code:NT0404', '2022-07-14T08:00:00.000Z')).toEqual([])
  })

  it('binds a code to the first OPENID until unbound', async () => {
    const store = open()
    expect(await store.boundOpenid('NT0001')).toBeNull()
    expect(await store.bindOpenid('NT0001', 'first')).toBe('first')
    expect(await store.bindOpenid('NT0001', 'second')).toBe('first')
    expect(await store.boundOpenid('NT0001')).toBe('first')
    expect(await store.codeBoundTo('first')).toBe('NT0001')
    expect(await store.codeBoundTo('second')).toBeNull()
    await store.unbindOpenid('NT0001')
    expect(await store.codeBoundTo('first')).toBeNull()
    await store.unbindOpenid('NT0404')
    expect(await store.bindOpenid('NT0001', 'second')).toBe('second')
  })
})
