/**
 * The mini-program's logic layer in a Node `vm` context, as WeChat's app
 * service runs it: app.js (with runtime.js, vendors.js, common.js, taro.js)
 * and then each page's code, with `wx`, App, Page, Component, getApp,
 * getCurrentPages and the mini-program `require` (relative to the file, each
 * file once). No window, no document: Taro brings its own.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export type Config = Record<string, unknown>

export interface LogicGlobals {
  wx: object
  getCurrentPages: () => object[]
  getApp: () => object | undefined
  console: Console
  timers: TimerHost
}

/** Timers whose callbacks report exceptions instead of crashing the test process, and which the harness can wait for. */
export class TimerHost {
  private readonly pending = new Map<number, { delay: number; handle: NodeJS.Timeout; interval: boolean }>()
  private nextId = 1
  constructor(private readonly onError: (error: unknown) => void) {}

  private guarded(fn: unknown, args: unknown[]): () => void {
    return () => {
      try {
        if (typeof fn === 'function') fn(...args)
      } catch (error) {
        this.onError(error)
      }
    }
  }

  setTimeout = (fn: unknown, delay = 0, ...args: unknown[]): number => {
    const id = this.nextId++
    const run = this.guarded(fn, args)
    const handle = setTimeout(() => {
      this.pending.delete(id)
      run()
    }, Number(delay) || 0)
    this.pending.set(id, { delay: Number(delay) || 0, handle, interval: false })
    return id
  }

  setInterval = (fn: unknown, delay = 0, ...args: unknown[]): number => {
    const id = this.nextId++
    const handle = setInterval(this.guarded(fn, args), Number(delay) || 0)
    this.pending.set(id, { delay: Number(delay) || 0, handle, interval: true })
    return id
  }

  clear = (id: unknown): void => {
    const timer = this.pending.get(Number(id))
    if (!timer) return
    if (timer.interval) clearInterval(timer.handle)
    else clearTimeout(timer.handle)
    this.pending.delete(Number(id))
  }

  /** Timeouts due within `horizon` ms: the work the app is about to do. */
  busy(horizon: number): boolean {
    for (const timer of this.pending.values()) if (!timer.interval && timer.delay <= horizon) return true
    return false
  }

  dispose(): void {
    for (const id of [...this.pending.keys()]) this.clear(id)
  }
}

export class LogicLayer {
  readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private registering: { kind: 'page' | 'component'; path: string } | undefined
  readonly pageConfigs = new Map<string, Config>()
  readonly componentConfigs = new Map<string, Config>()
  appConfig: Config | undefined

  constructor(
    private readonly buildDir: string,
    globals: LogicGlobals,
  ) {
    const sandbox: Record<string, unknown> = {
      wx: globals.wx,
      console: globals.console,
      setTimeout: globals.timers.setTimeout,
      clearTimeout: globals.timers.clear,
      setInterval: globals.timers.setInterval,
      clearInterval: globals.timers.clear,
      getCurrentPages: globals.getCurrentPages,
      getApp: globals.getApp,
      App: (config: Config) => {
        this.appConfig = config
      },
      Page: (config: Config) => {
        if (this.registering?.kind !== 'page') throw new Error('Page() called outside a page file')
        this.pageConfigs.set(this.registering.path, config)
      },
      Component: (config: Config) => {
        if (!this.registering) throw new Error('Component() called outside a page or component file')
        this.componentConfigs.set(this.registering.path, config)
      },
      Behavior: (config: Config) => config,
      requirePlugin: () => {
        throw new Error('requirePlugin: this app uses no plugins')
      },
    }
    this.context = vm.createContext(sandbox, { name: 'weapp logic layer' })
  }

  /** The mini-program `require`: a path relative to the requiring file, `.js` optional, each file run once. */
  require(file: string): unknown {
    const normalised = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(normalised)
    if (cached) return cached.exports
    const source = fs.readFileSync(path.join(this.buildDir, normalised), 'utf8')
    const module = { exports: {} as unknown }
    this.modules.set(normalised, module)
    const wrapper = vm.runInContext(`(function (require, module, exports) {${source}\n})`, this.context, { filename: normalised }) as (
      require: (p: string) => unknown,
      module: { exports: unknown },
      exports: unknown,
    ) => void
    const dir = path.posix.dirname(normalised)
    wrapper((p: string) => this.require(path.posix.join(dir, p)), module, module.exports)
    return module.exports
  }

  loadApp(): Config {
    this.require('app.js')
    if (!this.appConfig) throw new Error('app.js did not call App()')
    return this.appConfig
  }

  /** The Page() config of a page, running its file the first time. */
  pageConfig(pagePath: string): Config {
    const known = this.pageConfigs.get(pagePath)
    if (known) return known
    this.registering = { kind: 'page', path: pagePath }
    try {
      this.require(`${pagePath}.js`)
    } finally {
      this.registering = undefined
    }
    const config = this.pageConfigs.get(pagePath)
    if (!config) throw new Error(`${pagePath}.js did not call Page()`)
    return config
  }

  /** Runs a custom component's file (Taro's `comp`) so its Component() is registered as WeChat would. */
  loadComponent(componentPath: string): void {
    if (this.componentConfigs.has(componentPath)) return
    this.registering = { kind: 'component', path: componentPath }
    try {
      this.require(`${componentPath}.js`)
    } finally {
      this.registering = undefined
    }
  }
}
