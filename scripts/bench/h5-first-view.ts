/**
 * H5 first view, cold, on a throttled phone: the production build served by
 * the real server (compression on), loaded in a fresh Chromium context per run
 * under Lighthouse's mobile profile. Bytes and requests until the network is
 * idle, FCP, LCP and the time until a known text is visible; medians of RUNS.
 */
import { chromium, type Browser } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM_MESSAGE } from '../../tests/browser/support/chromium'
import { startBenchServer } from './app-server'
import { probeScript, type ProbeReadings } from './first-view-probe'
import { budgetAtMost, kilobytes, milliseconds, type BenchRow, type MeasureOutcome } from './result'
import { median } from './stats'
import { buildTaro } from './taro-build'

const RUNS = 5
/** Quiet for this long with nothing in flight counts as idle (as Playwright's networkidle). */
const IDLE_QUIET_MS = 500
const RUN_TIMEOUT_MS = 60_000

/** Lighthouse's mobile profile: 150 ms RTT, 1.6 Mbps down, 750 kbps up, CPU ×4. */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
const CPU_SLOWDOWN = 4

interface View {
  name: string
  path: string
  /** The text whose appearance is "the first thing the reader needs" */
  text: string
  textLabel: string
  /** Also measure when the app itself is on screen and answers a tap on `text` (it must open another page). */
  tap?: boolean
}

const VIEWS: View[] = [
  { name: 'H5 cover', path: '/', text: '疫情防控筑牢内外屏障', textLabel: 'first section tile visible', tap: true },
  { name: 'H5 card deep link', path: '/pages/card/index?id=review-2-1', text: '经济运行承压回升', textLabel: 'card title visible' },
]

interface RunReadings {
  bytes: number
  requests: number
  failed: number
  fcp: number
  lcp: number
  visible: number
}

interface TapReadings {
  /** The app's page drawn, the static shell gone */
  appShown: number
  /** The router answered a tap made as soon as the app was shown */
  tapAnswered: number
}

async function phoneContext(browser: Browser, text: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  })
  await context.addInitScript({ content: probeScript(text) })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  return { context, page, cdp }
}

async function throttle(cdp: Awaited<ReturnType<typeof phoneContext>>['cdp']): Promise<void> {
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
}

const probeOf = (): ProbeReadings => (window as unknown as { __firstViewProbe: ProbeReadings }).__firstViewProbe

/**
 * A separate cold load (its bytes would otherwise include the next page's): tap the text
 * the moment the app itself shows it, and read when the router answered.
 */
async function tapOnce(browser: Browser, url: string, text: string): Promise<TapReadings> {
  const { context, page, cdp } = await phoneContext(browser, text)
  try {
    await throttle(cdp)
    await page.goto(url, { waitUntil: 'commit', timeout: RUN_TIMEOUT_MS })
    await page.waitForFunction(() => (window as unknown as { __firstViewProbe: ProbeReadings }).__firstViewProbe.tapPoint !== null, null, {
      polling: 'raf',
      timeout: RUN_TIMEOUT_MS,
    })
    const { tapPoint } = await page.evaluate(probeOf)
    await page.touchscreen.tap(tapPoint!.x, tapPoint!.y)
    await page.waitForFunction(() => (window as unknown as { __firstViewProbe: ProbeReadings }).__firstViewProbe.tapAnswered !== null, null, {
      timeout: RUN_TIMEOUT_MS,
    })
    const state = await page.evaluate(probeOf)
    return { appShown: state.appShown!, tapAnswered: state.tapAnswered! }
  } finally {
    await context.close()
  }
}

async function loadOnce(browser: Browser, url: string, text: string): Promise<RunReadings> {
  const { context, page, cdp } = await phoneContext(browser, text)
  try {
    const inFlight = new Set<string>()
    const seen = new Set<string>()
    let bytes = 0
    let failed = 0
    let lastActivity = performance.now()
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!/^https?:/.test(event.request.url)) return
      seen.add(event.requestId)
      inFlight.add(event.requestId)
      lastActivity = performance.now()
    })
    cdp.on('Network.loadingFinished', (event) => {
      if (!inFlight.delete(event.requestId)) return
      bytes += event.encodedDataLength
      lastActivity = performance.now()
    })
    cdp.on('Network.loadingFailed', (event) => {
      if (!inFlight.delete(event.requestId)) return
      failed++
      lastActivity = performance.now()
    })
    await throttle(cdp)

    const deadline = performance.now() + RUN_TIMEOUT_MS
    await page.goto(url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS })
    const readings = (): Promise<ProbeReadings> => page.evaluate(probeOf)
    for (;;) {
      const idle = inFlight.size === 0 && performance.now() - lastActivity >= IDLE_QUIET_MS
      // Paint entries reach observers a little after the paint, later still on a busy machine.
      const state = idle ? await readings() : undefined
      if (state && state.visible !== null && state.fcp !== null && state.lcp !== null) break
      if (performance.now() > deadline) {
        throw new Error(
          `${url}: not settled in ${RUN_TIMEOUT_MS / 1000} s (in flight: ${inFlight.size}, readings: ${JSON.stringify(await readings())})`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const state = await readings()
    if (state.fcp === null || state.lcp === null || state.visible === null) {
      throw new Error(`${url}: missing a reading ${JSON.stringify(state)}`)
    }
    return { bytes, requests: seen.size, failed, fcp: state.fcp, lcp: state.lcp, visible: state.visible }
  } finally {
    await context.close()
  }
}

function tapRowsFor(view: View, taps: TapReadings[]): BenchRow[] {
  if (taps.length === 0) return []
  const answered = median(taps.map((tap) => tap.tapAnswered))
  return [
    { group: view.name, measure: 'app itself on screen (static shell gone)', value: milliseconds(median(taps.map((tap) => tap.appShown))) },
    { group: view.name, measure: 'app on screen and answers a tap', value: milliseconds(answered), budget: budgetAtMost(answered, 1200, '≤ 1.2 s') },
  ]
}

function rowsFor(view: View, runs: RunReadings[]): BenchRow[] {
  const pick = (key: keyof RunReadings): number => median(runs.map((run) => run[key]))
  const bytes = pick('bytes')
  const lcp = pick('lcp')
  const visible = pick('visible')
  return [
    { group: view.name, measure: 'bytes over the wire', value: kilobytes(bytes), budget: budgetAtMost(bytes, 130 * 1024, '≤ 130 KB') },
    { group: view.name, measure: 'requests', value: String(pick('requests')) },
    { group: view.name, measure: 'FCP', value: milliseconds(pick('fcp')) },
    { group: view.name, measure: 'LCP', value: milliseconds(lcp), budget: budgetAtMost(lcp, 1000, '≤ 1.0 s') },
    { group: view.name, measure: view.textLabel, value: milliseconds(visible), budget: budgetAtMost(visible, 1500, '≤ 1.5 s') },
  ]
}

/** Bytes over the wire for a cold load of one view of an H5 build (median of RUNS after a warm-up). */
export async function measureViewBytes(h5Dir: string, view: Pick<View, 'path' | 'text'> = VIEWS[0]!): Promise<number> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(MISSING_CHROMIUM_MESSAGE)
  const server = await startBenchServer({ h5Dir })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const url = `${server.url}${view.path}`
    await loadOnce(browser, url, view.text)
    const runs: number[] = []
    for (let run = 0; run < RUNS; run++) runs.push((await loadOnce(browser, url, view.text)).bytes)
    return median(runs)
  } finally {
    await browser.close()
    await server.stop()
  }
}

export interface FirstViewOutcome extends MeasureOutcome {
  chromiumVersion: string
}

export async function measureH5FirstView(): Promise<FirstViewOutcome> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(MISSING_CHROMIUM_MESSAGE)
  const build = buildTaro('h5')
  const server = await startBenchServer({ h5Dir: build.dir })
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const rows: BenchRow[] = []
  const notes: string[] = [
    `H5: production build (${build.seconds.toFixed(0)} s) served by server/start.ts (compression on); per run a fresh Chromium context ` +
      `(390×844 @3x, mobile, touch, service workers blocked, cache disabled), ${NETWORK.latency} ms RTT, 1.6 Mbps down, 750 kbps up, CPU ×${CPU_SLOWDOWN} via CDP; ` +
      `one unmeasured warm-up load, then the median of ${RUNS} runs. Bytes: sum of Network.loadingFinished encodedDataLength (headers included) ` +
      `until nothing was in flight for ${IDLE_QUIET_MS} ms; times from navigation start (performance.now()); LCP read after the network was idle. ` +
      `"Answers a tap" (issue 10): ${RUNS} more cold loads of the cover, each tapping (touch) the first section tile as soon as the app's own page shows it ` +
      `with the static shell gone, until Taro's router pushes the section's address.`,
  ]
  try {
    for (const view of VIEWS) {
      const url = `${server.url}${view.path}`
      await loadOnce(browser, url, view.text)
      const runs: RunReadings[] = []
      for (let run = 0; run < RUNS; run++) runs.push(await loadOnce(browser, url, view.text))
      const taps: TapReadings[] = []
      if (view.tap) for (let run = 0; run < RUNS; run++) taps.push(await tapOnce(browser, url, view.text))
      rows.push(...rowsFor(view, runs), ...tapRowsFor(view, taps))
      const failed = runs.reduce((sum, run) => sum + run.failed, 0)
      notes.push(
        `${view.name} (${view.path}, 「${view.text}」) runs — ` +
          runs.map((r) => `${kilobytes(r.bytes)}/${r.requests} req, FCP ${r.fcp.toFixed(0)}, LCP ${r.lcp.toFixed(0)}, visible ${r.visible.toFixed(0)} ms`).join('; ') +
          (failed > 0 ? `; ${failed} failed request(s)` : '') +
          (taps.length > 0 ? `; taps — ${taps.map((t) => `shown ${t.appShown.toFixed(0)}, answered ${t.tapAnswered.toFixed(0)} ms`).join('; ')}` : ''),
      )
    }
    return { rows, notes, chromiumVersion: browser.version() }
  } finally {
    await browser.close()
    await server.stop()
  }
}
