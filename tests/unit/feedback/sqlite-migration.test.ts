/**
 * A database written before the workflow (status check without 重办, no
 * version, office or timeline) opens with every row kept and takes the new fields.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { openSqliteStore } from '../../../server/feedback/sqlite-store'
import { newHandling } from '../../../src/feedback/workflow'

const dir = mkdtempSync(path.join(tmpdir(), 'sqlite-migration-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('migrates a database from before the workflow on open', async () => {
  const file = path.join(dir, 'old.sqlite')
  const old = new Database(file)
  old.exec(`
    CREATE TABLE suggestions (
      seq INTEGER PRIMARY KEY, request_id TEXT NOT NULL, receipt TEXT NOT NULL, delegate_code TEXT NOT NULL,
      title TEXT NOT NULL, content TEXT NOT NULL, card_id TEXT NOT NULL, phone TEXT,
      cosigners TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT '已收到' CHECK (status IN ('已收到', '已交办', '已答复')),
      answer TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE UNIQUE INDEX suggestions_request_id ON suggestions (request_id);
    INSERT INTO suggestions VALUES (1, 'r1', 'NT-2022-0001', 'NT0001', '建议增设公交站点', '内容内容内容内容内容', 'review-2-3', '13800138000', '["NT0002"]', '已答复', '已办理。', '2022-07-14T09:00:00.000Z', '2022-07-16T09:00:00.000Z');
    INSERT INTO suggestions VALUES (2, 'r2', 'NT-2022-0002', 'NT0002', '建议修缮道路', '内容内容内容内容内容', 'plan-1-1', NULL, '[]', '已收到', NULL, '2022-07-15T09:00:00.000Z', '2022-07-15T09:00:00.000Z');`)
  old.close()

  const store = openSqliteStore(file)
  try {
    expect(await store.get('1')).toEqual({
      ...newHandling(),
      id: '1',
      receipt: 'NT-2022-0001',
      requestId: 'r1',
      delegateCode: 'NT0001',
      title: '建议增设公交站点',
      content: '内容内容内容内容内容',
      cardId: 'review-2-3',
      phone: '13800138000',
      cosigners: [{ code: 'NT0002', state: 'invited' }],
      status: '已答复',
      answer: '已办理。',
      // Its last change stands in for the answer's time, which was not kept then.
      answeredAt: '2022-07-16T09:00:00.000Z',
      version: 1,
      createdAt: '2022-07-14T09:00:00.000Z',
      updatedAt: '2022-07-16T09:00:00.000Z',
    })
    expect(await store.get('2')).toMatchObject({ status: '已收到', answeredAt: null, timeline: [] })
    // 重办 is allowed now; the replay index survived.
    expect(await store.update('1', { ...newHandling(), status: '重办', office: '财政所', updatedAt: '2022-07-20T00:00:00.000Z' }, 1)).toMatchObject({ kind: 'updated', suggestion: { status: '重办', version: 2 } })
    expect(await store.findByRequestId('r2')).toMatchObject({ id: '2' })
    const next = await store.insert(
      { requestId: 'r3', delegateCode: 'NT0001', title: '标题标题', content: '内容内容内容内容内容', cardId: 'review-1-1', phone: null, cosigners: [], createdAt: '2022-07-21T00:00:00.000Z' },
      { receiptFor: (seq) => `NT-2022-000${seq}`, limit: { since: '2022-07-21T00:00:00.000Z', max: 5 } },
    )
    expect(next).toMatchObject({ kind: 'created', suggestion: { id: '3', receipt: 'NT-2022-0003' } })
  } finally {
    store.close()
  }
  // Opening again changes nothing.
  const again = openSqliteStore(file)
  expect(await again.count()).toBe(3)
  again.close()
})
