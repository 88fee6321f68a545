/**
 * The view layer: the `$gwx` function WeChat's `wcc` compiled from every WXML
 * and WXS file, run in its own `vm` context as the webview runs it. Given a
 * page's data it returns the tree the phone would draw. The data crosses from
 * the logic layer as JSON (as setData's does), parsed inside this context:
 * WXS checks types against this context's Object and Array.
 */
import vm from 'node:vm'

export interface VNode {
  tag: string
  attr: Record<string, unknown>
  children: (VNode | string)[]
}

type Generate = (data: unknown, env: unknown, global: unknown) => VNode

/** Custom components as app.json/page JSON name them: tag → component path (Taro's `comp`). */
export type ComponentPaths = Record<string, string>

export class ViewLayer {
  private readonly context: vm.Context
  private readonly gwx: (path: string) => Generate | undefined
  private readonly parse: (json: string) => unknown

  constructor(wccOutput: string, private readonly components: ComponentPaths) {
    const sandbox: Record<string, unknown> = { console: { ...console, warn: (...args: unknown[]) => this.warnings.push(args.join(' ')) } }
    sandbox.window = sandbox
    this.context = vm.createContext(sandbox, { name: 'weapp view layer' })
    vm.runInContext(wccOutput, this.context, { filename: 'wcc-output.js' })
    this.gwx = this.context.$gwx as (path: string) => Generate | undefined
    this.parse = vm.runInContext('JSON.parse', this.context) as (json: string) => unknown
  }

  /** What the compiled templates warned about while drawing (e.g. a template not found). */
  readonly warnings: string[] = []

  private generate(templatePath: string, data: unknown): VNode {
    const generate = this.gwx(templatePath)
    if (typeof generate !== 'function') throw new Error(`view layer: no compiled template ${templatePath}`)
    return generate(this.parse(JSON.stringify(data)), {}, this.context.global ?? {})
  }

  /** The tree a page draws for its data, custom components expanded in place. */
  render(pagePath: string, data: unknown): VNode {
    return this.expand(this.generate(`${pagePath}.wxml`, data))
  }

  /** Every node with attr and children (the page root and virtual nodes come without), components drawn. */
  private expand(raw: VNode): VNode {
    const node: VNode = { tag: raw.tag, attr: raw.attr ?? {}, children: raw.children ?? [] }
    const component = this.components[node.tag.replace(/^wx-/, '')]
    const children = node.children.map((child) => (typeof child === 'string' ? child : this.expand(child)))
    if (!component) return { ...node, children }
    // A custom component draws its own template with its properties as data.
    const inner = this.expand(this.generate(`${component}.wxml`, node.attr))
    return { ...node, children: inner.children }
  }
}
