/**
 * Suggestion submits against the real server on loopback (SQLite in WAL with
 * synchronous=FULL: an acknowledged submit is fsynced), driven by autocannon
 * at concurrency 1, 16 and 64. Every code of the generated roster signs in
 * first (code and pin, as a delegate does once); the submits then carry
 * those sessions, and only the submits are measured. Afterwards every receipt a 201 answer carried
 * must be in the database: nothing acknowledged is lost. (A phase ends with
 * requests in flight whose answers autocannon drops, so the database may hold
 * up to one row per connection per phase more than the 201s seen.)
 */
import autocannon from 'autocannon'
import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startBenchServer } from './app-server'
import { budgetAtLeast, budgetAtMost, milliseconds, type BenchRow, type MeasureOutcome } from './result'
import { percentile } from './stats'

const CONCURRENCIES = [1, 16, 64] as const
const WARM_UP_SECONDS = 2
const PHASE_SECONDS = 8
/** The server allows 20 submits a minute per code; the whole run fits in one minute. */
const RATE_LIMIT_PER_MINUTE = 20
/** Far above what a 2-core machine can submit in the run (~26 s), so the rate limit is never what is measured. */
const MAX_RATE_PLANNED = 10_000
const ROSTER_SIZE = Math.ceil((MAX_RATE_PLANNED * (WARM_UP_SECONDS + CONCURRENCIES.length * PHASE_SECONDS)) / RATE_LIMIT_PER_MINUTE)

/** Sign-ins in flight at once before the run. */
const SIGN_IN_CONCURRENCY = 16

function pinOf(index: number): string {
  return String((index * 7919 + 104_729) % 1_000_000).padStart(6, '0')
}

export function writeRoster(size: number): { file: string; codes: string[] } {
  const codes = Array.from({ length: size }, (_, i) => `BENCH-${String(i + 1).padStart(6, '0')}`)
  const lines = ['code,name,delegation,role,pin', ...codes.map((code, i) => `${code},代表${i + 1},基准测试代表小组,代表,${pinOf(i)}`)]
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-bench-roster-')), 'roster.csv')
  fs.writeFileSync(file, lines.join('\n') + '\n')
  return { file, codes }
}

/** Signs every code in (a few at a time); the sessions in roster order, and how long it took. */
export async function signInAll(url: string, codes: readonly string[]): Promise<{ sessions: string[]; seconds: number }> {
  const sessions: string[] = new Array<string>(codes.length)
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let i = next++; i < codes.length; i = next++) {
      const response = await fetch(`${url}/api/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'signin', delegateCode: codes[i], pin: pinOf(i) }),
      })
      if (response.status !== 200) throw new Error(`sign-in of ${codes[i]} answered ${response.status}`)
      sessions[i] = ((await response.json()) as { session: string }).session
    }
  }
  await Promise.all(Array.from({ length: SIGN_IN_CONCURRENCY }, worker))
  return { sessions, seconds: (performance.now() - started) / 1000 }
}

export interface PhaseResult {
  connections: number
  seconds: number
  statusCounts: Map<number, number>
  /** Latency of every 201, in ms */
  acknowledgedLatencies: number[]
  /** The receipt of every 201 */
  receipts: string[]
  errors: number
  timeouts: number
}

export async function runPhase(url: string, connections: number, seconds: number, nextSession: () => string): Promise<PhaseResult> {
  const statusCounts = new Map<number, number>()
  const acknowledgedLatencies: number[] = []
  const receipts: string[] = []
  const instance = autocannon({
    url: `${url}/api/feedback`,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            action: 'submit',
            requestId: randomUUID(),
            session: nextSession(),
            suggestion: {
              title: '关于加快老旧小区改造的建议',
              content: '建议加快推进老旧小区改造，统筹安排资金，优先解决加装电梯和雨污分流问题。',
              cardId: 'review-2-1',
            },
          }),
        }),
        onResponse: (status, body) => {
          if (status === 201) receipts.push((JSON.parse(body) as { receipt: string }).receipt)
        },
      },
    ],
  })
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    statusCounts.set(statusCode, (statusCounts.get(statusCode) ?? 0) + 1)
    if (statusCode === 201) acknowledgedLatencies.push(responseTime)
  })
  const started = performance.now()
  const result = await instance
  return {
    connections,
    seconds: (performance.now() - started) / 1000,
    statusCounts,
    acknowledgedLatencies,
    receipts,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

function storedReceipts(databaseFile: string): Set<string> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true })
  try {
    const rows = db.prepare('SELECT receipt FROM suggestions').pluck().all() as string[]
    return new Set(rows)
  } finally {
    db.close()
  }
}

export async function measureSuggestions(): Promise<MeasureOutcome> {
  const roster = writeRoster(ROSTER_SIZE)
  let turn = 0
  let sessions: string[] = []
  const nextSession = (): string => sessions[turn++ % sessions.length]!

  const server = await startBenchServer({ rosterFile: roster.file })
  const phases: PhaseResult[] = []
  let warmUp: PhaseResult
  let stored: Set<string>
  let signInSeconds: number
  try {
    ;({ sessions, seconds: signInSeconds } = await signInAll(server.url, roster.codes))
    warmUp = await runPhase(server.url, 16, WARM_UP_SECONDS, nextSession)
    for (const connections of CONCURRENCIES) phases.push(await runPhase(server.url, connections, PHASE_SECONDS, nextSession))
    // Counted while the server still runs: a committed row is visible to a new reader.
    stored = storedReceipts(path.join(server.dataDir, 'feedback.sqlite'))
  } finally {
    await server.stop()
  }

  const all = [warmUp, ...phases]
  const count = (phase: PhaseResult, status: number): number => phase.statusCounts.get(status) ?? 0
  const receipts = all.flatMap((phase) => phase.receipts)
  const acknowledged = receipts.length
  const lost = receipts.filter((receipt) => !stored.has(receipt)).length
  const rows = stored.size
  const limited = all.reduce((sum, phase) => sum + count(phase, 429), 0)
  const unexpected = all.flatMap((phase) =>
    [...phase.statusCounts].filter(([status]) => status !== 201 && status !== 429).map(([status, n]) => `${n}×${status}`),
  )

  const result: BenchRow[] = []
  for (const phase of phases) {
    const group = `Submit c=${phase.connections}`
    const perSecond = count(phase, 201) / phase.seconds
    const p99 = phase.acknowledgedLatencies.length > 0 ? percentile(phase.acknowledgedLatencies, 99) : Infinity
    const nonCreated = [...phase.statusCounts].reduce((sum, [status, n]) => sum + (status === 201 ? 0 : n), 0)
    const judged = phase.connections === 16
    result.push(
      {
        group,
        measure: 'acknowledged/s',
        value: perSecond.toFixed(0),
        ...(judged ? { budget: budgetAtLeast(perSecond, 1000, '≥ 1000/s') } : {}),
      },
      { group, measure: 'p50 latency', value: milliseconds(percentile(phase.acknowledgedLatencies, 50), 1) },
      { group, measure: 'p99 latency', value: milliseconds(p99, 1), ...(judged ? { budget: budgetAtMost(p99, 50, '≤ 50 ms') } : {}) },
      { group, measure: 'non-201 answers', value: `${nonCreated} (${count(phase, 429)}×429), ${phase.errors} errors, ${phase.timeouts} timeouts` },
    )
  }
  result.push({
    group: 'Submit',
    measure: 'acknowledged receipts not in the database',
    value: `${lost} lost (${acknowledged} acknowledged, ${rows} rows)`,
    budget: { label: '0 lost', met: lost === 0 && acknowledged > 0 },
  })

  return {
    rows: result,
    notes: [
      `Suggestions: the real server (server/start.ts) on loopback, fresh DATA_DIR, SQLite in WAL with synchronous=FULL; ` +
        `autocannon ${WARM_UP_SECONDS} s warm-up at 16 connections, then ${PHASE_SECONDS} s at each of ${CONCURRENCIES.join(', ')} connections; ` +
        `every request is a valid submit with a fresh requestId (crypto.randomUUID) and a session, the sessions taken in turn from a generated roster of ${ROSTER_SIZE} ` +
        `(enough for ${MAX_RATE_PLANNED}/s for the whole run at ≤ ${RATE_LIMIT_PER_MINUTE} a minute per code), every code signed in once before the run ` +
        `(${ROSTER_SIZE} sign-ins, ${SIGN_IN_CONCURRENCY} at a time, in ${signInSeconds.toFixed(1)} s; not measured). ` +
        `Throughput and latency count only 201 answers; latency is autocannon's per-request time, p50/p99 by nearest rank. ` +
        `429 answers in the run: ${limited}.` +
        (unexpected.length > 0 ? ` Other answers: ${unexpected.join(', ')}.` : '') +
        ` Receipts read with a read-only SQLite connection before the server stopped: ${rows} rows; 201 answers (warm-up included): ${acknowledged}; ` +
        `the ${rows - acknowledged + lost} rows without a 201 seen were in flight when a phase stopped (at most ${all.reduce((sum, p) => sum + p.connections, 0)}).`,
    ],
  }
}
