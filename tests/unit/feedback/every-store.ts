/**
 * The three stores behind one Store contract, each made fresh per test: in
 * memory, SQLite (a temporary file, removed after the test file) and the cloud
 * database adapter on a fake of the cloud database.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { createCloudStore } from '../../../cloudfunctions/feedback/cloud-store'
import { openSqliteStore } from '../../../server/feedback/sqlite-store'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import type { Store } from '../../../src/feedback/store'
import { createFakeCloudDb } from './fake-cloud-db'

export function everyStore(folderPrefix: string): Array<[string, () => Store]> {
  const dir = mkdtempSync(path.join(tmpdir(), folderPrefix))
  const closers: Array<() => void> = []
  afterAll(() => {
    for (const close of closers) close()
    rmSync(dir, { recursive: true, force: true })
  })
  return [
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
}
