/**
 * 跟随宣读 under load, on loopback: the real server (server/start.ts), 500
 * SSE clients on GET /api/live at once, the desk advancing 20 times. For every
 * client every change must arrive, in order; the p99 from the desk's POST to
 * a client's receipt must be ≤ 1 s; the server's memory (RSS, from /proc)
 * must grow by ≤ 100 MB; and submits at 16 connections, run while the
 * streams are open and the reading advances, must keep their budget
 * (≥ 1000/s, p99 ≤ 50 ms). Bounded: one stream per client, 20 advances,
 * a fixed submit phase, a deadline on every wait.
 */
import fs from 'node:fs'
import http from 'node:http'
import { openSse, type SseClient } from '../../tests/support/sse-client'
import { liveStops } from '../../src/live/reading-order'
import type { LiveState } from '../../src/live/types'
import { report } from '../../src/report/report'
import { startBenchServer } from './app-server'
import { budgetAtLeast, budgetAtMost, milliseconds, type BenchRow, type MeasureOutcome } from './result'
import { percentile } from './stats'
import { runPhase, signInAll, writeRoster } from './suggestions'

const CLIENTS = 500
const ADVANCES = 20
/** Between one change reaching every client and the next POST: a reader's pace, compressed. */
const PAUSE_MS = 250
const SUBMIT_CONNECTIONS = 16
const SUBMIT_SECONDS = 6
/** 20 submits a minute per code: enough codes for 3000/s over both phases (without and with the streams). */
const SUBMIT_ROSTER = Math.ceil((3000 * 2 * SUBMIT_SECONDS) / 20)
const WAIT_MS = 30_000

function rssBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = /VmRSS:\s+(\d+)\s+kB/.exec(status)
  if (!kilobytes) throw new Error(`no VmRSS for process ${pid}`)
  return Number(kilobytes[1]) * 1024
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function setLive(url: string, token: string, target: LiveState['target']): Promise<LiveState> {
  const response = await fetch(`${url}/api/admin/live`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ target }),
  })
  if (response.status !== 200) throw new Error(`POST /api/admin/live answered ${response.status}`)
  return (await response.json()) as LiveState
}

export async function measureLive(): Promise<MeasureOutcome> {
  const roster = writeRoster(SUBMIT_ROSTER)
  const server = await startBenchServer({ rosterFile: roster.file })
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
  const clients: SseClient[] = []
  try {
    const { sessions } = await signInAll(server.url, roster.codes)
    const stops = liveStops(report).filter((stop) => stop.target.kind === 'card').slice(0, ADVANCES + 1)
    await setLive(server.url, server.adminToken, stops[0]!.target)
    // The same submits without any stream first: what this machine gives right now, to read the figures against.
    let next = 0
    const nextSession = () => sessions[next++ % sessions.length]!
    const baseline = await runPhase(server.url, SUBMIT_CONNECTIONS, SUBMIT_SECONDS, nextSession)
    const rssBefore = rssBytes(server.pid)

    const connectStarted = performance.now()
    for (let i = 0; i < CLIENTS; i += 50) {
      clients.push(...(await Promise.all(Array.from({ length: Math.min(50, CLIENTS - i) }, () => openSse(`${server.url}/api/live`, {}, agent)))))
    }
    await Promise.all(clients.map((client) => client.event(1, WAIT_MS)))
    const connectSeconds = (performance.now() - connectStarted) / 1000
    const firstSeq = (JSON.parse(clients[0]!.events[0]!.data) as LiveState).seq
    const rssConnected = rssBytes(server.pid)

    // Submits run alongside the reading, from the first advance on.
    const submits = runPhase(server.url, SUBMIT_CONNECTIONS, SUBMIT_SECONDS, nextSession)

    const latencies: number[] = []
    let rssPeak = rssBytes(server.pid)
    const advancesStarted = performance.now()
    for (let n = 1; n <= ADVANCES; n++) {
      const postedAt = performance.now()
      const state = await setLive(server.url, server.adminToken, stops[n]!.target)
      if (state.seq !== firstSeq + n) throw new Error(`advance ${n} answered seq ${state.seq}, expected ${firstSeq + n}`)
      const arrivals = await Promise.all(clients.map((client) => client.event(n + 1, WAIT_MS)))
      for (const arrival of arrivals) latencies.push(arrival.receivedAt - postedAt)
      rssPeak = Math.max(rssPeak, rssBytes(server.pid))
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
    }
    const advancesSeconds = (performance.now() - advancesStarted) / 1000
    const submitPhase = await submits
    const rssAfter = rssBytes(server.pid)

    // Every client: the first state, then each change exactly once, in order.
    const expected = Array.from({ length: ADVANCES + 1 }, (_, i) => firstSeq + i)
    const complete = clients.filter((client) => {
      const seqs = client.events.filter((event) => event.event === 'now').map((event) => (JSON.parse(event.data) as LiveState).seq)
      return seqs.length === expected.length && seqs.every((seq, i) => seq === expected[i])
    }).length

    const p99 = percentile(latencies, 99)
    const growth = Math.max(rssAfter, rssPeak) - rssBefore
    const submitted = submitPhase.statusCounts.get(201) ?? 0
    const submitRate = submitted / submitPhase.seconds
    const submitP99 = submitPhase.acknowledgedLatencies.length > 0 ? percentile(submitPhase.acknowledgedLatencies, 99) : Infinity
    const baselineRate = (baseline.statusCounts.get(201) ?? 0) / baseline.seconds
    const baselineP99 = baseline.acknowledgedLatencies.length > 0 ? percentile(baseline.acknowledgedLatencies, 99) : Infinity
    const group = `Live ${CLIENTS} streams`
    const rows: BenchRow[] = [
      { group, measure: 'clients with every change, in order', value: `${complete} of ${CLIENTS}`, budget: { label: `${CLIENTS} of ${CLIENTS}`, met: complete === CLIENTS } },
      { group, measure: 'POST → received, p50', value: milliseconds(percentile(latencies, 50), 1) },
      { group, measure: 'POST → received, p99', value: milliseconds(p99, 1), budget: budgetAtMost(p99, 1000, '≤ 1 s') },
      { group, measure: 'POST → received, max', value: milliseconds(Math.max(...latencies), 1) },
      { group, measure: 'server memory growth (RSS)', value: `${megabytes(growth)} (${megabytes(rssBefore)}; ${CLIENTS} streams open ${megabytes(rssConnected)}; peak with the submits ${megabytes(rssPeak)})`, budget: budgetAtMost(growth, 100 * 1024 * 1024, '≤ 100 MB') },
      { group: `${group}: submit c=${SUBMIT_CONNECTIONS}`, measure: 'acknowledged/s', value: submitRate.toFixed(0), budget: budgetAtLeast(submitRate, 1000, '≥ 1000/s') },
      { group: `${group}: submit c=${SUBMIT_CONNECTIONS}`, measure: 'p99 latency', value: milliseconds(submitP99, 1), budget: budgetAtMost(submitP99, 50, '≤ 50 ms') },
      {
        group: `${group}: submit c=${SUBMIT_CONNECTIONS}`,
        measure: 'the same submits just before, no stream open',
        value: `${baselineRate.toFixed(0)}/s, p99 ${milliseconds(baselineP99, 1)}`,
      },
    ]
    return {
      rows,
      notes: [
        `Live: the real server on loopback, ${CLIENTS} SSE clients (node:http, one socket each) connected in ${connectSeconds.toFixed(1)} s; ` +
          `${ADVANCES} advances through the cards by POST /api/admin/live (admin token), each after the previous change had reached every client plus ${PAUSE_MS} ms, ` +
          `${advancesSeconds.toFixed(1)} s in all; latency from just before the POST to the event's arrival at each client (${latencies.length} samples, nearest rank). ` +
          `Memory: the server process's VmRSS before the clients connected, at each change and after. ` +
          `Submits: autocannon, ${SUBMIT_CONNECTIONS} connections for ${SUBMIT_SECONDS} s, started with the first advance, sessions of ${SUBMIT_ROSTER} signed-in codes, ` +
          `and the same phase once before any stream opened (the row 'no stream open'), so a busy machine shows in both; ` +
          `the clients, the desk and autocannon share the server's 2 cores.`,
      ],
    }
  } finally {
    for (const client of clients) client.close()
    agent.destroy()
    await server.stop()
  }
}
