import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM_MESSAGE } from './chromium'

/** Screenshots land here (git-ignored) for a person to look at. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../artifacts/screenshots')

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(MISSING_CHROMIUM_MESSAGE)
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

export interface ScreenSize {
  width: number
  height: number
}

/** The older, smaller phones in the hall, each page's layout is checked at. */
export const SMALL_SCREENS: readonly ScreenSize[] = [
  { width: 360, height: 640 },
  { width: 320, height: 568 },
]

/**
 * A phone: by default 390×844 CSS px at device scale 3; given a smaller screen
 * (360×640, 320×568: the older phones in the hall), that size at scale 2. Touch, Chinese locale.
 */
export async function newPhoneContext(browser: Browser, smallScreen?: ScreenSize, more: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    ...more,
    viewport: smallScreen ?? { width: 390, height: 844 },
    deviceScaleFactor: smallScreen ? 2 : 3,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
}

export interface PageProblems {
  consoleErrors: string[]
  failedRequests: string[]
}

/** Records what a person would count as broken: console errors and failed or 4xx/5xx requests. */
export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] }
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message))
  page.on('requestfailed', (request) => {
    // The live stream (GET /api/live) stays open as long as the page: its end on a reload or navigation is no failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && new URL(request.url()).pathname === '/api/live') return
    problems.failedRequests.push(`${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`)
  })
  return problems
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}
