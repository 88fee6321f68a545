/**
 * A mini-program run headless: the build's own code on Taro's real runtime in
 * the logic layer, each page drawn through WeChat's compiled WXML in the view
 * layer, with a `wx` that routes as WeChat does and refuses what WeChat
 * refuses. Tests drive it as a delegate would: open, read, tap, type.
 */
import { readAppLayout, type AppLayout } from '../app-json-rules'
import { compileWxml } from '../wechat-compilers'
import { LogicLayer, TimerHost, type Config } from './logic-layer'
import { parseQuery, resolveUrl, routeRefusal, type RouteApi } from './routing'
import { setPath } from './data-path'
import { findText, textOf, textsOf, trails, type Trail } from './screen'
import { ViewLayer, type VNode } from './view-layer'
import { ApiFailure, asyncApi, INERT_ASYNC_APIS, SYSTEM_INFO, type ApiCall } from './wx-api'

/** What `wx.cloud.callFunction` reaches: answers a function's `result`, or throws as an unreachable cloud does. */
export interface CloudFake {
  callFunction(name: string, data: unknown): Promise<unknown>
}

export interface LaunchOptions {
  buildDir: string
  /** wcc's output for this build, when already compiled (saves a compile per launch) */
  compiledWxml?: string
  cloud?: CloudFake
  /** Local storage as the phone has it before launch */
  storage?: Record<string, unknown>
  /** The page the app opens on, e.g. '/pages/card/index?id=review-1-1' (a deep link); default the first page */
  entry?: string
}

export interface PageInstance {
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  [method: string]: unknown
}

const SETTLE_HORIZON_MS = 100
const SETTLE_LIMIT_MS = 5000

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

export class MiniProgram {
  readonly layout: AppLayout
  /** Every routing call WeChat would have refused, with its errMsg */
  readonly routeErrors: string[] = []
  /** Exceptions thrown by the app's code, and what it logged with console.error */
  readonly errors: unknown[] = []
  /** Every API call the app made, in order */
  readonly calls: ApiCall[] = []
  readonly storage = new Map<string, unknown>()
  readonly stack: PageInstance[] = []

  private readonly timers: TimerHost
  private readonly logic: LogicLayer
  private readonly view: ViewLayer
  private readonly alivePages = new Set<PageInstance>()
  private readonly tabPages = new Map<string, PageInstance>()
  private app: Config | undefined
  private pendingCallbacks = 0
  private readonly onRejection = (reason: unknown): void => {
    this.errors.push(reason)
  }

  private constructor(
    buildDir: string,
    compiledWxml: string,
    private readonly cloud: CloudFake,
  ) {
    this.layout = readAppLayout(buildDir)
    this.timers = new TimerHost((error) => this.errors.push(error))
    const appConsole = {
      ...console,
      log: () => {},
      info: () => {},
      debug: () => {},
      warn: () => {},
      error: (...args: unknown[]) => this.errors.push(args.map(String).join(' ')),
    } as Console
    this.logic = new LogicLayer(buildDir, {
      wx: this.createWx(),
      console: appConsole,
      timers: this.timers,
      getCurrentPages: () => [...this.stack],
      getApp: () => this.app,
    })
    this.view = new ViewLayer(compiledWxml, { comp: 'comp' })
  }

  static async launch(options: LaunchOptions): Promise<MiniProgram> {
    let compiled = options.compiledWxml
    if (compiled === undefined) {
      const result = compileWxml(options.buildDir)
      if (result.findings.length > 0) throw new Error(`wcc: ${result.findings.map((f) => f.message).join('\n')}`)
      compiled = result.output
    }
    const program = new MiniProgram(options.buildDir, compiled, options.cloud ?? unreachableCloud)
    for (const [key, value] of Object.entries(options.storage ?? {})) program.storage.set(key, clone(value))
    process.on('unhandledRejection', program.onRejection)
    const entry = resolveUrl(options.entry ?? `/${program.layout.pages[0]}`, undefined)
    program.app = program.logic.loadApp()
    const launch = { path: entry.path, query: parseQuery(entry.search), scene: 1001 }
    program.call(program.app, 'onLaunch', launch)
    program.call(program.app, 'onShow', launch)
    program.openPage(entry.path, parseQuery(entry.search))
    await program.settle()
    return program
  }

  dispose(): void {
    this.timers.dispose()
    process.off('unhandledRejection', this.onRejection)
  }

  get currentPage(): PageInstance {
    const page = this.stack.at(-1)
    if (!page) throw new Error('no page is open')
    return page
  }

  /** Calls a lifecycle method or handler the way the base library does: exceptions are the app's errors. */
  private call(target: Config | PageInstance, method: string, ...args: unknown[]): unknown {
    const fn = target[method]
    if (typeof fn !== 'function') return undefined
    try {
      return (fn as (...a: unknown[]) => unknown).apply(target, args)
    } catch (error) {
      this.errors.push(error)
      return undefined
    }
  }

  /** Waits until the app has nothing due within 100 ms: renders done, callbacks run. */
  async settle(): Promise<void> {
    const deadline = Date.now() + SETTLE_LIMIT_MS
    let quietRounds = 0
    while (quietRounds < 3) {
      if (Date.now() > deadline) throw new Error(`the mini-program did not settle within ${SETTLE_LIMIT_MS} ms`)
      await new Promise((resolve) => setTimeout(resolve, 2))
      quietRounds = this.timers.busy(SETTLE_HORIZON_MS) || this.pendingCallbacks > 0 ? 0 : quietRounds + 1
    }
  }

  // ---- pages and routing ----

  private createPage(pagePath: string, query: Record<string, string>): PageInstance {
    const config = this.logic.pageConfig(pagePath)
    const page = { ...clone({ data: config.data ?? {} }), route: pagePath, options: query } as PageInstance
    for (const [key, value] of Object.entries(config)) if (key !== 'data') page[key] = value
    Object.assign(page, {
      is: pagePath,
      __route__: pagePath,
      setData: (data: Record<string, unknown>, callback?: () => void) => this.setData(page, data, callback),
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => selectorQuery(),
      createIntersectionObserver: () => intersectionObserver(),
      getOpenerEventChannel: () => ({ emit() {}, on() {}, once() {}, off() {} }),
      getTabBar: () => null,
      getPageId: () => `page-${pagePath}`,
    })
    return page
  }

  private setData(page: PageInstance, data: Record<string, unknown>, callback?: () => void): void {
    if (!this.alivePages.has(page)) this.errors.push(new Error(`setData on ${page.route} after it was unloaded`))
    for (const [key, value] of Object.entries(clone(data) ?? {})) setPath(page.data, key, value)
    if (typeof callback === 'function') this.defer(() => callback.call(page))
  }

  private defer(fn: () => void): void {
    this.pendingCallbacks++
    setTimeout(() => {
      this.pendingCallbacks--
      try {
        fn()
      } catch (error) {
        this.errors.push(error)
      }
    }, 0)
  }

  private openPage(pagePath: string, query: Record<string, string>): PageInstance {
    const keep = this.tabPages.get(pagePath)
    if (keep) {
      this.stack.push(keep)
      this.call(keep, 'onShow')
      return keep
    }
    const page = this.createPage(pagePath, query)
    if (this.layout.tabPages.includes(pagePath)) this.tabPages.set(pagePath, page)
    this.alivePages.add(page)
    this.stack.push(page)
    this.call(page, 'onLoad', query)
    this.call(page, 'onShow')
    this.call(page, 'onReady')
    return page
  }

  private unload(page: PageInstance): void {
    if (this.tabPages.has(page.route)) {
      this.call(page, 'onHide')
      return
    }
    this.call(page, 'onUnload')
    this.alivePages.delete(page)
  }

  /** A routing call as wx makes it: refused with WeChat's errMsg, or done. */
  private route(api: RouteApi, options: { url?: string; delta?: number }): void {
    const current = this.stack.at(-1)
    if (api === 'navigateBack') {
      const delta = Math.max(1, Number(options.delta ?? 1))
      if (this.stack.length <= 1) throw new ApiFailure(api, 'cannot navigate back at first page.')
      for (let i = 0; i < delta && this.stack.length > 1; i++) this.unload(this.stack.pop()!)
      this.call(this.currentPage, 'onShow')
      return
    }
    const url = options.url ?? ''
    const refusal = routeRefusal(api, url, this.layout, this.stack.length, current?.route)
    if (refusal) {
      this.routeErrors.push(refusal)
      throw new Error(refusal)
    }
    const { path: target, search } = resolveUrl(url, current?.route)
    const query = parseQuery(search)
    if (api === 'navigateTo') {
      if (current) this.call(current, 'onHide')
    } else if (api === 'redirectTo') {
      this.unload(this.stack.pop()!)
    } else {
      // switchTab closes every page but tab pages; reLaunch closes them all.
      while (this.stack.length > 0) this.unload(this.stack.pop()!)
      if (api === 'reLaunch') {
        for (const page of this.tabPages.values()) {
          this.call(page, 'onUnload')
          this.alivePages.delete(page)
        }
        this.tabPages.clear()
      }
    }
    this.openPage(target, query)
  }

  // ---- what a delegate sees and does ----

  /** The current page as the phone draws it. */
  render(page: PageInstance = this.currentPage): VNode {
    return this.view.render(page.route, page.data)
  }

  /** Warnings from the compiled templates while drawing (a template not found, …). */
  get viewWarnings(): readonly string[] {
    return this.view.warnings
  }

  /** Runs a share handler of the current page as WeChat's menu does. */
  share(kind: 'onShareAppMessage' | 'onShareTimeline'): Record<string, unknown> | undefined {
    return this.call(this.currentPage, kind, { from: 'menu' }) as Record<string, unknown> | undefined
  }

  /** Sends an event the view layer would send for `node`: to each handler on the way up, until a catch. */
  async dispatch(trail: VNode[], type: string, detail: Record<string, unknown> = {}): Promise<void> {
    const target = trail.at(-1)!
    const page = this.currentPage
    for (const node of [...trail].reverse()) {
      const bound = node.attr[`bind${type}`] ?? node.attr[`catch${type}`]
      if (typeof bound === 'string' && bound) {
        this.call(page, bound, {
          type,
          timeStamp: Date.now(),
          detail,
          target: { id: target.attr.id, dataset: datasetOf(target) },
          currentTarget: { id: node.attr.id, dataset: datasetOf(node) },
          touches: [],
          changedTouches: [],
          mark: {},
        })
      }
      if (node.attr[`catch${type}`]) break
    }
    await this.settle()
  }

  /** Opens a page as a fresh start on it would (WeChat's reLaunch): a deep link, a shared card. */
  async open(url: string): Promise<void> {
    this.route('reLaunch', { url })
    await this.settle()
  }

  /**
   * What a delegate can follow on the current page: the elements the app marks
   * role="link" (Taro keeps the role in the page data, keyed by the node's id).
   */
  links(): Trail[] {
    const linkIds = new Set<string>()
    const collect = (node: unknown): void => {
      if (!node || typeof node !== 'object') return
      const { sid, role, cn } = node as { sid?: string; role?: string; cn?: unknown[] }
      if (role === 'link' && sid) linkIds.add(sid)
      if (Array.isArray(cn)) cn.forEach(collect)
    }
    collect(this.currentPage.data.root)
    return [...trails(this.render())].filter((trail) => linkIds.has(String(trail.at(-1)!.attr.id)))
  }

  /** The texts on the current page's screen, one per element that draws text. */
  texts(): string[] {
    return textsOf(this.render())
  }

  /** All the text on the current page's screen as one string, as read top to bottom. */
  screen(): string {
    return textOf(this.render())
  }

  /** Taps the element showing `text` on the current page; throws when it is not on screen. */
  async tap(text: string | RegExp): Promise<void> {
    const trail = findText(this.render(), text)
    if (!trail) throw new Error(`「${String(text)}」 is not on ${this.currentPage.route}: ${this.texts().join(' | ')}`)
    await this.dispatch(trail, 'tap', { x: 0, y: 0 })
  }

  /**
   * Types into a text field (input or textarea) as a delegate finds it: the one
   * whose placeholder says `label`, else the first one after the text `label`.
   */
  async fill(label: string, value: string): Promise<void> {
    let labelSeen = false
    let field: Trail | undefined
    const isField = (node: VNode) => node.tag === 'wx-input' || node.tag === 'wx-textarea'
    for (const trail of trails(this.render())) {
      const node = trail.at(-1)!
      if (isField(node) && typeof node.attr.placeholder === 'string' && node.attr.placeholder.includes(label)) {
        field = trail
        break
      }
    }
    for (const trail of field ? [] : trails(this.render())) {
      const node = trail.at(-1)!
      if (!labelSeen && node.children.some((child) => typeof child === 'string' && child.trim() === label)) labelSeen = true
      else if (labelSeen && isField(node)) {
        field = trail
        break
      }
    }
    if (!field) throw new Error(`no text field after 「${label}」 on ${this.currentPage.route}: ${this.texts().join(' | ')}`)
    await this.dispatch(field, 'input', { value, cursor: value.length, keyCode: 0 })
    await this.dispatch(field, 'blur', { value })
  }

  // ---- wx ----

  private createWx(): object {
    const record = (api: string, options: unknown): void => {
      this.calls.push({ api, options: options && typeof options === 'object' ? clone(strip(options)) : options })
    }
    const defer = (fn: () => void): void => this.defer(fn)
    const callAsync = (api: string, run: (options: Record<string, unknown>) => unknown) =>
      (options: Record<string, unknown> = {}) => {
        record(api, options)
        return asyncApi(api, options, () => run(options), defer)
      }
    const storageGet = (key: string): unknown => (this.storage.has(key) ? clone(this.storage.get(key)) : '')
    const routeApi = (api: RouteApi) => callAsync(api, (options) => this.route(api, options))
    const wx: Record<string, unknown> = {
      env: { USER_DATA_PATH: 'wxfile://usr' },
      canIUse: () => true,
      nextTick: (fn: () => void) => this.timers.setTimeout(fn, 0),
      getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
      getSystemInfo: callAsync('getSystemInfo', () => ({ ...SYSTEM_INFO })),
      getWindowInfo: () => ({ ...SYSTEM_INFO }),
      getDeviceInfo: () => ({ ...SYSTEM_INFO }),
      getAppBaseInfo: () => ({ ...SYSTEM_INFO }),
      getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
      getAppAuthorizeSetting: () => ({}),
      getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
      getLaunchOptionsSync: () => ({ path: this.layout.pages[0], query: {}, scene: 1001 }),
      getEnterOptionsSync: () => ({ path: this.layout.pages[0], query: {}, scene: 1001 }),
      getMenuButtonBoundingClientRect: () => ({ top: 26, left: 281, right: 368, bottom: 58, width: 87, height: 32 }),
      getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
      getRealtimeLogManager: () => ({ info() {}, warn() {}, error() {}, setFilterMsg() {}, addFilterMsg() {} }),
      getLogManager: () => ({ log() {}, info() {}, warn() {}, debug() {} }),
      reportAnalytics: () => {},
      reportEvent: () => {},
      createSelectorQuery: () => selectorQuery(),
      createIntersectionObserver: () => intersectionObserver(),
      onAppShow: () => {}, offAppShow: () => {}, onAppHide: () => {}, offAppHide: () => {},
      onError: () => {}, offError: () => {}, onUnhandledRejection: () => {}, offUnhandledRejection: () => {},
      onPageNotFound: () => {}, offPageNotFound: () => {}, onWindowResize: () => {}, offWindowResize: () => {},
      onThemeChange: () => {}, offThemeChange: () => {}, onMemoryWarning: () => {},
      onNetworkStatusChange: () => {}, offNetworkStatusChange: () => {},
      getNetworkType: callAsync('getNetworkType', () => ({ networkType: 'wifi' })),
      getStorageSync: (key: string) => storageGet(key),
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, clone(value)),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      clearStorageSync: () => this.storage.clear(),
      getStorageInfoSync: () => ({ keys: [...this.storage.keys()], currentSize: 0, limitSize: 10240 }),
      getStorage: callAsync('getStorage', ({ key }) => {
        if (!this.storage.has(String(key))) throw new ApiFailure('getStorage', 'data not found')
        return { data: storageGet(String(key)) }
      }),
      setStorage: callAsync('setStorage', ({ key, data }) => void this.storage.set(String(key), clone(data))),
      removeStorage: callAsync('removeStorage', ({ key }) => void this.storage.delete(String(key))),
      showModal: callAsync('showModal', () => ({ confirm: true, cancel: false })),
      navigateTo: routeApi('navigateTo'),
      redirectTo: routeApi('redirectTo'),
      switchTab: routeApi('switchTab'),
      reLaunch: routeApi('reLaunch'),
      navigateBack: routeApi('navigateBack'),
      cloud: {
        init: (options: unknown) => record('cloud.init', options),
        callFunction: callAsync('cloud.callFunction', async ({ name, data }) => {
          try {
            return { result: clone(await this.cloud.callFunction(String(name), clone(data))) }
          } catch (error) {
            throw new ApiFailure('cloud.callFunction', `errCode: -1 | errMsg: ${(error as Error).message}`)
          }
        }),
      },
    }
    for (const api of INERT_ASYNC_APIS) wx[api] = callAsync(api, () => ({}))
    return wx
  }
}

/** A cloud no call gets through to (as with no network or no environment). */
export const unreachableCloud: CloudFake = {
  callFunction: async () => {
    throw new Error('cloud unreachable')
  },
}

function strip(options: object): object {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => typeof value !== 'function'))
}

function datasetOf(node: VNode): Record<string, unknown> {
  const dataset: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node.attr)) {
    if (key.startsWith('data-')) dataset[key.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value
  }
  return dataset
}

function selectorQuery() {
  const requests: ((results: unknown[]) => void)[] = []
  const nodes = {
    boundingClientRect(cb?: (rect: unknown) => void) {
      requests.push((results) => results.push(null))
      if (cb) cb(null)
      return query
    },
    scrollOffset() {
      requests.push((results) => results.push({ scrollTop: 0, scrollLeft: 0 }))
      return query
    },
    fields() {
      requests.push((results) => results.push(null))
      return query
    },
    node() {
      requests.push((results) => results.push(null))
      return query
    },
    context() {
      requests.push((results) => results.push(null))
      return query
    },
  }
  const query = {
    in: () => query,
    select: () => nodes,
    selectAll: () => nodes,
    selectViewport: () => nodes,
    exec(cb?: (results: unknown[]) => void) {
      const results: unknown[] = []
      for (const request of requests) request(results)
      if (cb) setTimeout(() => cb(results), 0)
    },
  }
  return query
}

function intersectionObserver() {
  const observer = {
    relativeTo: () => observer,
    relativeToViewport: () => observer,
    observe: () => {},
    disconnect: () => {},
  }
  return observer
}
