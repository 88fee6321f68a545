/**
 * `kill -9` of the server right after a run of acknowledged submissions:
 * every acknowledged one is on disk after the restart.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { postJson, rosterCsv, signInAll, submitBody } from './fixtures/feedback-app'

const dataDir = mkdtempSync(path.join(tmpdir(), 'feedback-crash-'))
const rosterFile = path.join(dataDir, 'roster.csv')
writeFileSync(rosterFile, rosterCsv(20))
const children: ChildProcess[] = []

async function startServer(): Promise<{ child: ChildProcess; base: string; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/fixtures/feedback-server.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, ROSTER_FILE: rosterFile, ADMIN_TOKEN: 'crash-token' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  children.push(child)
  const lines = createInterface({ input: child.stdout! })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port))
  })
  return { child, base: `http://127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/api/feedback` }
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

describe('crash safety', () => {
  it('keeps every acknowledged submission across kill -9 and a restart', async () => {
    const { child, base, url } = await startServer()
    const codes = Array.from({ length: 20 }, (_, i) => `NT${String(i + 1).padStart(4, '0')}`)
    const sessions = await signInAll(base, codes)
    const acknowledged: Array<{ requestId: string; receipt: string; delegateCode: string }> = []
    const send = async (i: number) => {
      const delegateCode = codes[i % 20]!
      const body = submitBody(sessions.get(delegateCode)!)
      try {
        const result = await postJson(url, body)
        if (result.status === 201) acknowledged.push({ requestId: body.requestId, receipt: (result.body as { receipt: string }).receipt, delegateCode })
      } catch {
        // the connection died with the server: not acknowledged, no promise made
      }
    }

    // A run of acknowledged submissions, in waves, then the kill lands while
    // another wave is in flight.
    for (let wave = 0; wave < 5; wave++) await Promise.all(Array.from({ length: 20 }, (_, i) => send(wave * 20 + i)))
    const inFlight = Promise.all(Array.from({ length: 60 }, (_, i) => send(100 + i)))
    await new Promise((r) => setTimeout(r, 5))
    await killHard(child)
    await inFlight
    expect(acknowledged.length).toBeGreaterThanOrEqual(100)

    // Straight from the file, as left by the crash.
    const db = new Database(path.join(dataDir, 'feedback.sqlite'))
    const stored = new Map(
      (db.prepare('SELECT request_id, receipt FROM suggestions').all() as Array<{ request_id: string; receipt: string }>).map((r) => [r.request_id, r.receipt]),
    )
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
    for (const a of acknowledged) expect(stored.get(a.requestId)).toBe(a.receipt)

    // And through a restarted server: the sessions still hold, replays find them, nothing is stored twice.
    const restarted = await startServer()
    const replays = await Promise.all(
      acknowledged.map((a) => postJson(restarted.url, { ...submitBody(sessions.get(a.delegateCode)!), requestId: a.requestId })),
    )
    expect(replays.map((r) => r.status)).toEqual(acknowledged.map(() => 200))
    expect(replays.map((r) => (r.body as { receipt: string }).receipt)).toEqual(acknowledged.map((a) => a.receipt))
    const after = new Database(path.join(dataDir, 'feedback.sqlite'), { readonly: true })
    expect((after.prepare('SELECT COUNT(*) AS n FROM suggestions').get() as { n: number }).n).toBe(stored.size)
    after.close()
    await killHard(restarted.child)
  })
})
