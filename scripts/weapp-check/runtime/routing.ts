/**
 * WeChat's routing rules, as the base library enforces them (wx.navigateTo and
 * friends fail with these errMsg texts): the page must exist; switchTab only to
 * a tab page and without a query; navigateTo and redirectTo never to a tab page;
 * at most 10 pages in the stack.
 */
import type { AppLayout } from '../app-json-rules'

export const STACK_LIMIT = 10

export type RouteApi = 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack'

export interface Route {
  /** Page path without the leading slash, e.g. pages/card/index */
  path: string
  query: Record<string, string>
}

export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const key = at === -1 ? pair : pair.slice(0, at)
    query[key] = at === -1 ? '' : pair.slice(at + 1)
  }
  return query
}

/** Resolves a url as WeChat does: absolute from the app root, or relative to the current page. */
export function resolveUrl(url: string, currentPath: string | undefined): { path: string; search: string } {
  const at = url.indexOf('?')
  const target = at === -1 ? url : url.slice(0, at)
  const search = at === -1 ? '' : url.slice(at + 1)
  if (target.startsWith('/')) return { path: target.replace(/^\/+/, ''), search }
  const base = (currentPath ?? '').split('/').slice(0, -1)
  for (const segment of target.split('/')) {
    if (segment === '..') base.pop()
    else if (segment !== '.' && segment !== '') base.push(segment)
  }
  return { path: base.join('/'), search }
}

/** The errMsg WeChat fails the call with, or null when the call is allowed. */
export function routeRefusal(api: Exclude<RouteApi, 'navigateBack'>, url: string, layout: AppLayout, stackSize: number, currentPath?: string): string | null {
  if (typeof url !== 'string' || url === '') return `${api}:fail parameter error: parameter.url should be String instead of ${typeof url}`
  const { path, search } = resolveUrl(url, currentPath)
  if (!layout.pages.includes(path)) return `${api}:fail page "${path}" is not found`
  const isTab = layout.tabPages.includes(path)
  if (api === 'switchTab') {
    if (!isTab) return `${api}:fail can not switch to no-tabBar page`
    if (search !== '') return `${api}:fail url "${url}" must not carry a query (WeChat drops it: switchTab takes none)`
  }
  if ((api === 'navigateTo' || api === 'redirectTo') && isTab) return `${api}:fail can not ${api} a tabbar page`
  if (api === 'navigateTo' && stackSize >= STACK_LIMIT) return `${api}:fail webview count limit exceed`
  return null
}
