import Taro from '@tarojs/taro'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initTabbar } from '../../src/services/h5-tab-bar'

// app.config.ts calls the build's global defineAppConfig.
;(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (appConfig: unknown) => appConfig
const { default: appConfig } = await import('../../src/app.config')

// The H5 tab bar that stands in for Taro's (config/index.ts swaps it into the router).
const config = {
  ...appConfig,
  router: { mode: 'browser', basename: '' },
  tabBar: { ...appConfig.tabBar!, list: appConfig.tabBar!.list.map((item) => ({ ...item, iconPath: `/${item.iconPath}`, selectedIconPath: `/${item.selectedIconPath}` })) },
}

const bar = () => document.querySelector('.taro-tabbar__tabbar') as HTMLElement
const items = () => [...document.querySelectorAll<HTMLAnchorElement>('.weui-tabbar__item')]
const selectedLabel = () => document.querySelector('.weui-bar__item_on .weui-tabbar__label')?.textContent
const routeTo = (path: string) => Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path } })

function mountAt(path: string): void {
  history.replaceState(null, '', path)
  document.body.innerHTML = '<div id="container" class="taro-tabbar__container"><div class="taro-tabbar__panel"><div id="app"></div></div></div>'
  initTabbar(config)
}

describe('the H5 tab bar', () => {
  beforeEach(() => {
    for (const name of ['__taroRouterChange', '__taroShowTabBarRedDotHandler', '__taroHideTabBarRedDotHandler', '__taroSetTabBarBadge']) Taro.eventCenter.off(name)
  })
  afterEach(() => vi.restoreAllMocks())

  it('draws the three tabs as links to their pages, the current one selected', () => {
    mountAt('/')
    expect(items().map((item) => item.textContent)).toEqual(['报告', '建议', '我的'])
    expect(items().map((item) => item.getAttribute('href'))).toEqual(['/pages/index/index', '/pages/suggest/index', '/pages/mine/index'])
    expect(selectedLabel()).toBe('报告')
    expect(items()[0]!.getAttribute('aria-current')).toBe('page')
    expect(items()[0]!.querySelector('img')!.getAttribute('src')).toBe(`/${appConfig.tabBar!.list[0]!.selectedIconPath}`)
    expect(bar().classList.contains('taro-tabbar__tabbar-hide')).toBe(false)
  })

  it('follows the router: another tab selected, and hidden on a page that is no tab', () => {
    mountAt('/pages/index/index')
    routeTo('/pages/mine/index')
    expect(selectedLabel()).toBe('我的')
    routeTo('/pages/card/index?id=review-1-1')
    expect(selectedLabel()).toBeUndefined()
    expect(bar().classList.contains('taro-tabbar__tabbar-hide')).toBe(true)
    routeTo('/pages/suggest/index')
    expect(selectedLabel()).toBe('建议')
    expect(bar().classList.contains('taro-tabbar__tabbar-hide')).toBe(false)
  })

  it("answers Taro's tab bar APIs: a red dot, a badge, and a clear failure for a tab that does not exist", async () => {
    mountAt('/pages/index/index')
    await Taro.showTabBarRedDot({ index: 2 })
    expect(items()[2]!.querySelector('.weui-badge_dot')).not.toBeNull()
    await Taro.hideTabBarRedDot({ index: 2 })
    expect(items()[2]!.querySelector('.weui-badge_dot')).toBeNull()
    await Taro.setTabBarBadge({ index: 1, text: '3' })
    expect(items()[1]!.querySelector('.taro-tabbar-badge')?.textContent).toBe('3')
    await expect(Taro.showTabBarRedDot({ index: 7 })).rejects.toMatchObject({ errMsg: expect.stringContaining('fail') })
  })

  it('switches tab through Taro on a tap, without following the link itself', () => {
    mountAt('/pages/index/index')
    vi.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const tap = new MouseEvent('click', { bubbles: true, cancelable: true })
    items()[2]!.dispatchEvent(tap)
    expect(tap.defaultPrevented).toBe(true)
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
  })
})
