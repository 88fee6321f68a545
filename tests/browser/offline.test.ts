import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readServerConfig } from '../../server/config'
import { findCard } from '../../src/report/reading-order'
import { report } from '../../src/report/report'
import { startAppServer, type RunningServer } from './support/app-server'
import { launchChromium, newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

// The build under test, copied so that the second test can play "a new build was deployed".
const builtDir = readServerConfig().h5Dir
const h5Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-offline-h5-'))

let server: RunningServer
let browser: Browser

beforeAll(async () => {
  fs.cpSync(builtDir, h5Dir, { recursive: true })
  server = await startAppServer({ H5_DIR: h5Dir })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  fs.rmSync(h5Dir, { recursive: true, force: true })
})

/** Resolves once the service worker has installed (precached everything) and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    }
    return urls
  })
}

function visibleRoot(page: Page) {
  return page.locator('.reading-page').filter({ visible: true }).first()
}

/** Every sentence of the card is on screen (figures are set apart in the text, so compare text content). */
async function expectCardReadsFully(page: Page, cardId: string) {
  const card = findCard(report, cardId)
  expect(card, cardId).toBeDefined()
  const heading = page.locator('[role="heading"][aria-level="1"]').filter({ visible: true }).first()
  await heading.waitFor({ state: 'visible' })
  expect((await heading.textContent())?.trim()).toBe(card!.title)
  const text = (await visibleRoot(page).textContent()) ?? ''
  for (const item of card!.items) expect(text).toContain(item)
}

describe('reading offline in the hall (H5)', () => {
  it('after one visit, reloads the cover and opens three cards by deep link with the network off', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(server.url, { waitUntil: 'networkidle' })
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    await waitForOfflineReady(page)
    await page.goto(`${server.url}/pages/card/index?id=review-2-3`, { waitUntil: 'networkidle' })
    await expectCardReadsFully(page, 'review-2-3')

    // The app shell and every chunk of every page is precached, not only what was opened.
    const cached = await precachedPaths(page)
    const built = ['index.html', ...fs.readdirSync(path.join(h5Dir, 'js')).filter((f) => f.endsWith('.js')).map((f) => `js/${f}`), ...fs.readdirSync(path.join(h5Dir, 'css')).filter((f) => f.endsWith('.css')).map((f) => `css/${f}`)]
    for (const file of built) expect(cached, file).toContain(`/${file}`)

    await context.setOffline(true)
    await page.goto(server.url, { waitUntil: 'load' })
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    await page.reload({ waitUntil: 'load' })
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    await page.getByText('上半年工作回顾', { exact: true }).waitFor({ state: 'visible' })
    await saveScreenshot(page, 'offline-cover')

    for (const cardId of ['review-1-2', 'review-4-2', 'plan-5-3']) {
      await page.goto(`${server.url}/pages/card/index?id=${cardId}`, { waitUntil: 'load' })
      await expectCardReadsFully(page, cardId)
    }
    await saveScreenshot(page, 'offline-card')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })

  it('serves the worker and the app shell uncached by HTTP, so a new build is seen on the next visit', async () => {
    for (const file of ['/sw.js', '/index.html']) {
      const response = await fetch(`${server.url}${file}`)
      expect(response.status, file).toBe(200)
      expect(response.headers.get('cache-control'), file).toBe('no-cache')
    }
    const worker = await (await fetch(`${server.url}/sw.js`)).text()
    // The API is never answered from the cache.
    expect(worker).toContain('/^\\/api\\//')
  })

  it('moves a reader onto a new build: the new worker takes over, the page reloads, the old files leave the cache', async () => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const problems = watchProblems(page)

    await page.goto(server.url, { waitUntil: 'networkidle' })
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })
    await waitForOfflineReady(page)

    // "Deploy" a new build: a changed index.html and the worker that lists its new revision.
    const indexFile = path.join(h5Dir, 'index.html')
    const swFile = path.join(h5Dir, 'sw.js')
    fs.writeFileSync(indexFile, fs.readFileSync(indexFile, 'utf8').replace('<head>', '<head><meta name="build" content="next">'))
    const worker = fs.readFileSync(swFile, 'utf8')
    const revision = /url:"\/index\.html",revision:"([0-9a-f]+)"/.exec(worker)?.[1]
    expect(revision).toBeDefined()
    fs.writeFileSync(swFile, worker.replace(`revision:"${revision}"`, 'revision:"0000000000000000000000000000next"'))

    // The browser checks for a new worker on navigation or on update(); the page reloads itself once it takes over.
    const reloaded = page.waitForEvent('load')
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    await reloaded
    await page.waitForFunction(() => document.querySelector('meta[name="build"]')?.getAttribute('content') === 'next')
    await page.getByText('数说上半年', { exact: true }).waitFor({ state: 'visible' })

    // One index.html in the cache, the new one: nothing stale left to serve offline.
    const indexEntries = (await precachedPaths(page)).filter((p) => p === '/index.html')
    expect(indexEntries).toHaveLength(1)
    const cachedIndex = await page.evaluate(async () => (await (await caches.match('/index.html', { ignoreSearch: true }))?.text()) ?? '')
    expect(cachedIndex).toContain('content="next"')

    expect(problems.consoleErrors).toEqual([])
    expect(problems.failedRequests).toEqual([])
    await context.close()
  })
})
