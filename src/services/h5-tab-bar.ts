/**
 * H5: the tab bar (报告 · 建议 · 我的), standing in for Taro's own.
 *
 * Taro's H5 router draws the tab bar as a Stencil web component: the Stencil
 * runtime and the component were about 10 KB of the cover's brotli JavaScript,
 * and the component's first render took some 60 ms of a slow phone's main
 * thread before the cover could show (issue 10). The build swaps the router's
 * `tabbar.js` for this module (config/index.ts), which draws the same bar in
 * plain DOM, with the same class names and the same protocol: it follows the
 * router's `__taroRouterChange` and answers the events behind Taro's tab bar
 * APIs (showTabBarRedDot, setTabBarBadge, showTabBar…), so pages call Taro as
 * before. Its items are real links to their pages (Taro's were `javascript:;`,
 * which the Content-Security-Policy refused on every tap).
 */
import Taro from '@tarojs/taro'
// @ts-expect-error -- Taro's H5 build exports it beside its APIs (its router imports it so); the typings leave it out.
import { initTabBarApis } from '@tarojs/taro'
import './h5-tab-bar.css'

interface TabItemConfig {
  pagePath: string
  text: string
  iconPath?: string
  selectedIconPath?: string
}

interface TabBarConfig {
  list: TabItemConfig[]
  color?: string
  selectedColor?: string
  backgroundColor?: string
  borderStyle?: string
}

interface AppConfigWithTabBar {
  tabBar?: TabBarConfig & { custom?: boolean }
  pages?: string[]
  entryPagePath?: string
  router?: { basename?: string }
}

interface TabItemState extends TabItemConfig {
  badgeText: string | null
  showRedDot: boolean
}

interface Result {
  errMsg: string
}

interface Handlers {
  successHandler: (result: Result) => void
  errorHandler: (result: Result) => void
}

const withLeadingSlash = (path: string): string => (path.startsWith('/') ? path : `/${path}`)
const pathOf = (url: string): string => url.split(/[?#]/)[0] ?? ''

/**
 * Draws the tab bar into Taro's tab bar container (#container) and keeps it in step with the router.
 * The router calls it as its own initTabbar(config, history); the address is read from location.
 */
export function initTabbar(config: AppConfigWithTabBar): void {
  const conf = config.tabBar
  if (!conf || conf.custom) return
  if (!Array.isArray(conf.list) || conf.list.length < 2 || conf.list.length > 5) throw new Error('tabBar 配置错误')

  const basename = (config.router?.basename ?? '').replace(/\/$/, '')
  const homePage = withLeadingSlash(config.entryPagePath ?? config.pages?.[0] ?? '')
  const items: TabItemState[] = conf.list.map((item) => ({ ...item, pagePath: withLeadingSlash(item.pagePath), badgeText: null, showRedDot: false }))
  const style = { color: conf.color, selectedColor: conf.selectedColor, backgroundColor: conf.backgroundColor, borderStyle: conf.borderStyle }
  let selected = -1
  let shown = true
  let slidOut = false

  const host = document.createElement('div')
  host.className = 'taro-tabbar__tabbar taro-tabbar__tabbar-bottom'
  const bar = document.createElement('div')
  bar.setAttribute('role', 'navigation')
  bar.setAttribute('aria-label', '主菜单')
  host.appendChild(bar)

  const indexOfPath = (path: string): number => {
    const page = path === '/' || path === '' ? homePage : path
    return items.findIndex((item) => item.pagePath === page)
  }
  const currentPath = (): string => {
    const path = decodeURI(location.pathname)
    return basename && path.startsWith(basename) ? path.slice(basename.length) || '/' : path
  }

  const itemElement = (item: TabItemState, index: number): HTMLAnchorElement => {
    const isSelected = index === selected
    const link = document.createElement('a')
    link.className = `weui-tabbar__item${isSelected ? ' weui-bar__item_on' : ''}`
    link.href = basename + item.pagePath
    if (isSelected) link.setAttribute('aria-current', 'page')
    link.addEventListener('click', (event) => {
      event.preventDefault()
      const page = Taro.getCurrentPages().slice(-1)[0] as { onTabItemTap?: (tap: object) => void } | undefined
      if (typeof page?.onTabItemTap === 'function') page.onTabItemTap({ index, pagePath: item.pagePath, text: item.text })
      void Taro.switchTab({ url: item.pagePath })
    })
    const figure = document.createElement('span')
    figure.className = 'taro-tabbar__figure'
    const icon = document.createElement('img')
    icon.className = 'weui-tabbar__icon'
    icon.alt = ''
    const iconPath = isSelected ? item.selectedIconPath : item.iconPath
    if (iconPath) icon.src = iconPath
    figure.appendChild(icon)
    if (item.badgeText) {
      const badge = document.createElement('span')
      badge.className = 'weui-badge taro-tabbar-badge'
      badge.textContent = item.badgeText
      figure.appendChild(badge)
    } else if (item.showRedDot) {
      const dot = document.createElement('span')
      dot.className = 'weui-badge weui-badge_dot'
      dot.setAttribute('aria-label', '有新消息')
      figure.appendChild(dot)
    }
    const label = document.createElement('p')
    label.className = 'weui-tabbar__label'
    label.textContent = item.text
    const color = isSelected ? style.selectedColor : style.color
    if (color) label.style.color = color
    link.append(figure, label)
    return link
  }

  const render = (): void => {
    host.className =
      'taro-tabbar__tabbar taro-tabbar__tabbar-bottom' +
      (selected === -1 || !shown ? ' taro-tabbar__tabbar-hide' : '') +
      (slidOut ? ' taro-tabbar__tabbar-slideout' : '')
    bar.className = `weui-tabbar taro-tabbar__border-${style.borderStyle || 'black'}`
    bar.style.backgroundColor = style.backgroundColor ?? ''
    bar.replaceChildren(...items.map(itemElement))
  }

  /** One handler per tab bar API: a bad index fails the call, as on WeChat. */
  const onItem =
    (api: string, change: (item: TabItemState, options: Record<string, unknown>) => void) =>
    (options: Handlers & { index: number } & Record<string, unknown>) => {
      const item = items[options.index]
      if (!item) return options.errorHandler({ errMsg: `${api}:fail tabbar item not found` })
      change(item, options)
      render()
      options.successHandler({ errMsg: `${api}:ok` })
    }
  const onBar = (api: string, change: (options: Record<string, unknown>) => void) => (options: Handlers & Record<string, unknown>) => {
    change(options)
    render()
    options.successHandler({ errMsg: `${api}:ok` })
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each event has its own options
  const events: Record<string, (options: any) => void> = {
    __taroRouterChange: (options?: { toLocation?: { path?: string } }) => {
      const to = options?.toLocation?.path
      selected = indexOfPath(typeof to === 'string' ? pathOf(withLeadingSlash(to)) : currentPath())
      render()
    },
    __taroSetTabBarBadge: onItem('setTabBarBadge', (item, { text }) => {
      item.showRedDot = false
      item.badgeText = typeof text === 'string' ? text : null
    }),
    __taroRemoveTabBarBadge: onItem('removeTabBarBadge', (item) => {
      item.badgeText = null
    }),
    __taroShowTabBarRedDotHandler: onItem('showTabBarRedDot', (item) => {
      item.badgeText = null
      item.showRedDot = true
    }),
    __taroHideTabBarRedDotHandler: onItem('hideTabBarRedDot', (item) => {
      item.showRedDot = false
    }),
    __taroShowTabBar: onBar('showTabBar', () => {
      shown = true
      slidOut = false
    }),
    __taroHideTabBar: onBar('hideTabBar', ({ animation }) => {
      shown = !!animation
      slidOut = !!animation
    }),
    __taroSetTabBarStyle: onBar('setTabBarStyle', (options) => {
      for (const key of ['color', 'selectedColor', 'backgroundColor', 'borderStyle'] as const) {
        if (typeof options[key] === 'string') style[key] = options[key]
      }
    }),
    __taroSetTabBarItem: onItem('setTabBarItem', (item, options) => {
      for (const key of ['iconPath', 'selectedIconPath', 'text'] as const) {
        if (typeof options[key] === 'string' && options[key]) item[key] = options[key]
      }
    }),
  }
  for (const [name, handler] of Object.entries(events)) Taro.eventCenter.on(name, handler)

  selected = indexOfPath(currentPath())
  render()
  document.getElementById('container')?.appendChild(host)
  // Taro's tab bar APIs check the configuration before they send their events.
  initTabBarApis(config)
}
