/**
 * WeChat's routing rules in the harness's wx, and a crawl over every link a
 * delegate can reach from the cover: no refused route, no exception.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { readAppLayout } from '../../scripts/weapp-check/app-json-rules'
import { routeRefusal, STACK_LIMIT } from '../../scripts/weapp-check/runtime/routing'
import { textOf } from '../../scripts/weapp-check/runtime/screen'
import { copyOfBuild, replaceInFile } from './support/build-copy'
import { expectClean, launch } from './support/mini-program'

const weappDir = inject('weappDir')
const READER_PAGES = ['index', 'section', 'card', 'search', 'paragraph', 'economy', 'suggest', 'mine'].map((name) => `pages/${name}/index`)
const layout = readAppLayout(weappDir)

describe("WeChat's routing rules", () => {
  it('allow what WeChat allows', () => {
    expect(routeRefusal('navigateTo', '/pages/card/index?id=review-1-1', layout, 1)).toBeNull()
    expect(routeRefusal('redirectTo', '/pages/section/index?id=plan-1', layout, 3)).toBeNull()
    expect(routeRefusal('switchTab', '/pages/suggest/index', layout, 4)).toBeNull()
    expect(routeRefusal('reLaunch', '/pages/card/index?id=review-1-1', layout, 4)).toBeNull()
    expect(routeRefusal('navigateTo', '../search/index', layout, 1, 'pages/index/index')).toBeNull()
  })

  it('refuse a missing page, switchTab with a query or to a non-tab page, navigateTo/redirectTo a tab page, an 11th page', () => {
    expect(routeRefusal('navigateTo', '/pages/nowhere/index', layout, 1)).toBe('navigateTo:fail page "pages/nowhere/index" is not found')
    expect(routeRefusal('switchTab', '/pages/suggest/index?cardId=review-1-1', layout, 1)).toMatch(/^switchTab:fail .*must not carry a query/)
    expect(routeRefusal('switchTab', '/pages/card/index', layout, 1)).toBe('switchTab:fail can not switch to no-tabBar page')
    expect(routeRefusal('navigateTo', '/pages/mine/index', layout, 1)).toBe('navigateTo:fail can not navigateTo a tabbar page')
    expect(routeRefusal('redirectTo', '/pages/index/index', layout, 1)).toBe('redirectTo:fail can not redirectTo a tabbar page')
    expect(routeRefusal('navigateTo', '/pages/card/index?id=review-1-1', layout, STACK_LIMIT)).toBe('navigateTo:fail webview count limit exceed')
  })

  it('catch the app itself calling switchTab with a query (a mutated build)', async () => {
    const broken = copyOfBuild(weappDir)
    replaceInFile(broken, 'common.js', 'switchTab({url:"/pages/index/index"})', 'switchTab({url:"/pages/index/index?from=card"})')
    const app = await launch({ buildDir: broken, entry: '/pages/card/index?id=review-1-1&from=share' })
    // The shared card's way to the whole report (openCover, the only switchTab to the cover).
    await app.tap(/阅读全文/)
    expect(app.routeErrors).toEqual(['switchTab:fail url "/pages/index/index?from=card" must not carry a query (WeChat drops it: switchTab takes none)'])
    expect(app.currentPage.route).toBe('pages/card/index')
  })

  it('catch a link to a page the build lacks (a mutated build)', async () => {
    const broken = copyOfBuild(weappDir)
    replaceInFile(broken, 'pages/index/index.js', '"/pages/economy/index"', '"/pages/economy/overview"')
    const app = await launch({ buildDir: broken })
    await app.tap('经济运行一览')
    expect(app.routeErrors).toEqual(['navigateTo:fail page "pages/economy/overview" is not found'])
  })

  it('catch an exception in a tap handler (a mutated build)', async () => {
    const broken = copyOfBuild(weappDir)
    replaceInFile(broken, 'pages/index/index.js', '"/pages/search/index"', '(()=>{throw new Error("search link broke")})()')
    const app = await launch({ buildDir: broken })
    await app.tap('搜索报告内容')
    expect(() => expectClean(app)).toThrow(/search link broke/)
  })

  it('the app never stacks more than 10 pages, however far a delegate follows related cards', async () => {
    const app = await launch({ entry: '/pages/card/index?id=review-1-1' })
    const depths: number[] = []
    for (let step = 0; step < 14; step++) {
      // A related card of the other half opens on top (navigateTo); paging and the crumb do not.
      const related = app.links().find((trail) => !/下一张|上一张|来自分享|阅读全文|目录|·/.test(textOf(trail.at(-1)!)))
      if (!related) throw new Error(`no related card on ${app.currentPage.options.id}`)
      await app.dispatch(related, 'tap')
      depths.push(app.stack.length)
    }
    expect(Math.max(...depths)).toBe(STACK_LIMIT - 1)
    expect(depths.at(-1)).toBe(STACK_LIMIT - 1)
    expectClean(app)
  })
})

describe('a crawl over every link reachable from the cover', () => {
  it('finds no route error and no exception, and reaches every page', async () => {
    const app = await launch()
    const start = '/pages/index/index'
    // The tab bar is WeChat's own (not in the WXML): its pages are reachable from everywhere.
    const queue = [start, ...layout.tabPages.map((page) => `/${page}`)]
    const seen = new Set(queue)
    const reached = new Set<string>()
    const problems: string[] = []
    let taps = 0
    while (queue.length > 0) {
      const url = queue.shift()!
      await app.open(url)
      reached.add(app.currentPage.route)
      const count = app.links().length
      for (let index = 0; index < count; index++) {
        await app.open(url)
        const link = app.links()[index]
        if (!link) {
          problems.push(`${url}: link #${index} is gone on a second visit`)
          continue
        }
        const before = app.stack.length
        const label = textOf(link.at(-1)!)
        await app.dispatch(link, 'tap')
        taps++
        const page = app.currentPage
        const query = Object.entries(page.options).map(([key, value]) => `${key}=${value}`).join('&')
        const target = `/${page.route}${query ? `?${query}` : ''}`
        if (target === url && app.stack.length === before) continue
        if (!seen.has(target)) {
          seen.add(target)
          queue.push(target)
        }
        if (app.routeErrors.length || app.errors.length || app.viewWarnings.length) {
          problems.push(`${url} → 「${label}」: ${[...app.routeErrors, ...app.errors.map(String), ...app.viewWarnings].join('; ')}`)
          app.routeErrors.length = 0
          app.errors.length = 0
        }
      }
    }
    expect(problems).toEqual([])
    expect(taps).toBeGreaterThan(50)
    // Everything a reader opens; staff pages (the desk) open only after a staff sign-in.
    expect([...reached]).toEqual(expect.arrayContaining(READER_PAGES))
    expectClean(app)
  }, 240_000)
})

describe('the build has what the crawl needs', () => {
  it('every page of app.json has its code (the crawl opens each one)', () => {
    for (const page of layout.pages) expect(fs.existsSync(path.join(weappDir, `${page}.js`))).toBe(true)
  })
})
