import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startAppServer, type RunningServer } from './app-server'
import { launchChromium } from './phone'

export interface AppUnderTest {
  /** The real server (`server/start.ts`) on a free port over a fresh DATA_DIR */
  readonly server: RunningServer
  /** Debian's Chromium, headless */
  readonly browser: Browser
}

/**
 * For one test file: starts the server and Chromium before its tests and stops
 * both after them. `env` adds to the server's environment (e.g. H5_DIR).
 */
export function appUnderTest(env: () => Record<string, string> = () => ({})): AppUnderTest {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startAppServer(env())
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test or hook`)
    return value
  }
  return {
    get server() {
      return started(server, 'the server')
    },
    get browser() {
      return started(browser, 'Chromium')
    },
  }
}
