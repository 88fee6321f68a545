/**
 * Opening the feedback service: the database settings that make an answer
 * durable, the admin token, and a malformed roster stopping the start.
 */
import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RosterError } from '../../src/feedback/roster'
import { feedbackOptionsFromEnv, openFeedback } from '../../server/feedback/open-feedback'

const root = mkdtempSync(path.join(tmpdir(), 'feedback-open-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('openFeedback', () => {
  it('opens SQLite in WAL mode with synchronous=FULL and the demo roster by default', async () => {
    const dataDir = path.join(root, 'a', 'nested')
    const service = await openFeedback({ dataDir, adminToken: 'secret' })
    try {
      expect(service.databaseFile).toBe(path.join(dataDir, 'feedback.sqlite'))
      expect(service.roster.get('NT0001')?.delegation).toBe('牛塘片代表小组')
      expect(service.adminToken).toBe('secret')
      expect(service.adminTokenGenerated).toBe(false)
      expect(service.store.settings()).toEqual({ journalMode: 'wal', synchronous: 2 })
    } finally {
      service.close()
      service.close()
    }
    const db = new Database(path.join(dataDir, 'feedback.sqlite'), { readonly: true })
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
  })

  it('makes a random admin token when none is set', async () => {
    const a = await openFeedback({ dataDir: path.join(root, 'b') })
    const b = await openFeedback({ dataDir: path.join(root, 'c'), adminToken: '  ' })
    try {
      expect(a.adminTokenGenerated).toBe(true)
      expect(a.adminToken).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect(b.adminTokenGenerated).toBe(true)
      expect(b.adminToken).not.toBe(a.adminToken)
    } finally {
      a.close()
      b.close()
    }
  })

  it('refuses a malformed roster, naming the file and line, before creating any data', async () => {
    const rosterFile = path.join(root, 'bad.csv')
    writeFileSync(rosterFile, 'code,name,delegation,role,pin\nNT0001,王建国,牛塘片代表小组,代表,123456\nNT0002,李秀英,牛塘片代表小组,主任,654321\n')
    const dataDir = path.join(root, 'never')
    await expect(openFeedback({ dataDir, rosterFile })).rejects.toThrowError(RosterError)
    await expect(openFeedback({ dataDir, rosterFile })).rejects.toThrowError(`${rosterFile} line 3: role must be 代表, 列席, 工作人员`)
    await expect(openFeedback({ dataDir, rosterFile: path.join(root, 'missing.csv') })).rejects.toThrowError(/cannot read the roster/)
    expect(existsSync(dataDir)).toBe(false)
  })

  it('refuses a roster with a missing or malformed pin, naming the line', async () => {
    const dataDir = path.join(root, 'never-pin')
    const noPin = path.join(root, 'no-pin.csv')
    writeFileSync(noPin, 'code,name,delegation,role,pin\nNT0001,王建国,牛塘片代表小组,代表,123456\nNT0002,李秀英,牛塘片代表小组,代表,\n')
    await expect(openFeedback({ dataDir, rosterFile: noPin })).rejects.toThrowError(`${noPin} line 3: pin is missing for NT0002`)
    const badPin = path.join(root, 'bad-pin.csv')
    writeFileSync(badPin, 'code,name,delegation,role,pin\nNT0001,王建国,牛塘片代表小组,代表,12 456\n')
    await expect(openFeedback({ dataDir, rosterFile: badPin })).rejects.toThrowError(`${badPin} line 2: pin of NT0001 must be 6 digits`)
    const oldFormat = path.join(root, 'old.csv')
    writeFileSync(oldFormat, 'code,name,delegation,role\nNT0001,王建国,牛塘片代表小组,代表\n')
    await expect(openFeedback({ dataDir, rosterFile: oldFormat })).rejects.toThrowError(`${oldFormat} line 1: header must be code,name,delegation,role,pin; missing pin`)
    expect(existsSync(dataDir)).toBe(false)
  })

  it('reads DATA_DIR, ROSTER_FILE and ADMIN_TOKEN from the environment', () => {
    expect(feedbackOptionsFromEnv({ DATA_DIR: '/srv/data', ROSTER_FILE: '/srv/roster.csv', ADMIN_TOKEN: 't' })).toEqual({
      dataDir: '/srv/data',
      rosterFile: '/srv/roster.csv',
      adminToken: 't',
    })
    expect(feedbackOptionsFromEnv({})).toEqual({ dataDir: path.resolve('data'), rosterFile: undefined, adminToken: undefined })
  })
})
