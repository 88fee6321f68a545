/**
 * app.json, every page's JSON and project.config.json against WeChat's rules
 * (developers.weixin.qq.com, 全局配置 / 页面配置 / 项目配置文件): what DevTools and
 * the upload check refuse, and what the phone then fails to open. A small
 * validator of our own instead of miniprogram-ci's getCompiledResult: that
 * package is 275 MB, never exits by itself and reaches for the network.
 */
import fs from 'node:fs'
import path from 'node:path'
import { filesUnder, type Finding } from './files'

export const PACKAGE_LIMIT = 2 * 1024 * 1024
export const TAB_ICON_LIMIT = 40 * 1024

const APP_KEYS = new Set([
  'entryPagePath', 'pages', 'window', 'tabBar', 'networkTimeout', 'debug', 'functionalPages', 'subpackages', 'subPackages',
  'workers', 'requiredBackgroundModes', 'requiredPrivateInfos', 'plugins', 'preloadRule', 'resizable', 'usingComponents',
  'permission', 'sitemapLocation', 'style', 'useExtendedLib', 'entranceDeclare', 'darkmode', 'themeLocation', 'lazyCodeLoading',
  'singlePage', 'supportedMaterials', 'serviceProviderTicket', 'embeddedAppIdList', 'halfPage', 'debugOptions',
  'enablePassiveEvent', 'resolveAlias', 'renderer', 'rendererOptions', 'componentFramework', 'miniApp', 'static',
  'convertRpxToVw', 'appBar', 'navigateToMiniProgramAppIdList', 'componentPlaceholder', 'cloud', 'chatTools', 'behaviors',
])
const WINDOW_KEYS = new Set([
  'navigationBarBackgroundColor', 'navigationBarTextStyle', 'navigationBarTitleText', 'navigationStyle', 'homeButton',
  'backgroundColor', 'backgroundTextStyle', 'backgroundColorTop', 'backgroundColorBottom', 'enablePullDownRefresh',
  'onReachBottomDistance', 'pageOrientation', 'restartStrategy', 'initialRenderingCache', 'visualEffectInBackground',
  'handleWebviewPreload',
])
const PAGE_KEYS = new Set([
  ...WINDOW_KEYS, 'usingComponents', 'disableScroll', 'style', 'singlePage', 'enablePassiveEvent', 'renderer',
  'rendererOptions', 'componentFramework', 'componentPlaceholder', 'disableSwipeBack', 'styleIsolation',
])
const COMPONENT_KEYS = new Set([...PAGE_KEYS, 'component', 'componentGenerics', 'pureDataPattern'])
const TAB_BAR_KEYS = new Set(['color', 'selectedColor', 'backgroundColor', 'borderStyle', 'list', 'position', 'custom'])
const TAB_ITEM_KEYS = new Set(['pagePath', 'text', 'iconPath', 'selectedIconPath'])
const SUBPACKAGE_KEYS = new Set(['root', 'name', 'pages', 'independent', 'entry', 'plugins', 'componentFramework', 'renderer'])
const PROJECT_KEYS = new Set([
  'miniprogramRoot', 'cloudfunctionRoot', 'cloudbaseRoot', 'pluginRoot', 'qcloudRoot', 'projectname', 'description',
  'appid', 'setting', 'compileType', 'srcMiniprogramRoot', 'condition', 'libVersion', 'packOptions', 'debugOptions',
  'editorSetting', 'scripts', 'watchOptions', 'simulatorType', 'simulatorPluginLibVersion', 'cloudfunctionTemplateRoot',
  'projectArchitecture', 'testRoot', 'skeletonConfig',
])
const COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

interface SubPackage {
  root: string
  name?: string
  pages: string[]
}

interface AppJson {
  pages: string[]
  subPackages?: SubPackage[]
  subpackages?: SubPackage[]
  preloadRule?: Record<string, { network?: string; packages: string[] }>
  window?: Record<string, unknown>
  tabBar?: { list?: { pagePath: string; iconPath?: string; selectedIconPath?: string }[] } & Record<string, unknown>
  usingComponents?: Record<string, string>
}

/** What a mini-program declares, read from its build folder. */
export interface AppLayout {
  appJson: AppJson
  mainPages: string[]
  subPackages: { root: string; name?: string; pages: string[] }[]
  /** Every page path, main package first */
  pages: string[]
  tabPages: string[]
}

const trimSlashes = (p: string): string => p.replace(/^\/+|\/+$/g, '')

export function readAppLayout(buildDir: string): AppLayout {
  const appJson = JSON.parse(fs.readFileSync(path.join(buildDir, 'app.json'), 'utf8')) as AppJson
  const mainPages = appJson.pages ?? []
  const subPackages = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => ({
    root: trimSlashes(sub.root),
    name: sub.name,
    pages: (sub.pages ?? []).map((page) => `${trimSlashes(sub.root)}/${page}`),
  }))
  return {
    appJson,
    mainPages,
    subPackages,
    pages: [...mainPages, ...subPackages.flatMap((sub) => sub.pages)],
    tabPages: (appJson.tabBar?.list ?? []).map((item) => item.pagePath),
  }
}

function readJson(file: string, findings: Finding[], label: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
    findings.push({ file: label, message: 'is not a JSON object' })
  } catch (error) {
    findings.push({ file: label, message: `cannot be read: ${(error as Error).message}` })
  }
  return undefined
}

function unknownKeys(object: Record<string, unknown>, known: Set<string>, file: string, where: string): Finding[] {
  return Object.keys(object)
    .filter((key) => !known.has(key))
    .map((key) => ({ file, message: `unknown key "${key}"${where}` }))
}

const exists = (buildDir: string, file: string): boolean => fs.existsSync(path.join(buildDir, file))

/** A page or component exists when its code and template were emitted. */
function missingPageFiles(buildDir: string, page: string): string[] {
  return ['.js', '.wxml'].filter((ext) => !exists(buildDir, page + ext)).map((ext) => page + ext)
}

function checkComponentsOf(buildDir: string, jsonFile: string, json: Record<string, unknown>): Finding[] {
  const findings: Finding[] = []
  const components = (json.usingComponents ?? {}) as Record<string, string>
  for (const [tag, target] of Object.entries(components)) {
    if (target.startsWith('plugin://')) continue
    const base = target.startsWith('/') ? trimSlashes(target) : path.posix.join(path.posix.dirname(jsonFile), target)
    const missing = ['.js', '.json', '.wxml'].filter((ext) => !exists(buildDir, base + ext))
    if (missing.length > 0) findings.push({ file: jsonFile, message: `component <${tag}> → ${target}: missing ${missing.map((ext) => base + ext).join(', ')}` })
  }
  return findings
}

function checkTabBar(buildDir: string, layout: AppLayout): Finding[] {
  const tabBar = layout.appJson.tabBar
  if (!tabBar) return []
  const findings = unknownKeys(tabBar, TAB_BAR_KEYS, 'app.json', ' in tabBar')
  const list = tabBar.list ?? []
  if (list.length < 2 || list.length > 5) findings.push({ file: 'app.json', message: `tabBar.list has ${list.length} items (WeChat takes 2 to 5)` })
  for (const key of ['color', 'selectedColor', 'backgroundColor']) {
    const value = tabBar[key]
    if (typeof value === 'string' && !COLOR.test(value)) findings.push({ file: 'app.json', message: `tabBar.${key} "${value}" is not a hex colour` })
  }
  if (tabBar.borderStyle !== undefined && !['black', 'white'].includes(String(tabBar.borderStyle))) {
    findings.push({ file: 'app.json', message: `tabBar.borderStyle must be black or white` })
  }
  for (const item of list) {
    findings.push(...unknownKeys(item, TAB_ITEM_KEYS, 'app.json', ` in tabBar item ${item.pagePath}`))
    if (!layout.mainPages.includes(item.pagePath)) {
      findings.push({ file: 'app.json', message: `tab page ${item.pagePath} is not in the main package's pages` })
    }
    for (const icon of [item.iconPath, item.selectedIconPath]) {
      if (icon === undefined) continue
      const stat = fs.statSync(path.join(buildDir, icon), { throwIfNoEntry: false })
      if (!stat) findings.push({ file: 'app.json', message: `tab icon ${icon} does not exist` })
      else if (stat.size > TAB_ICON_LIMIT) findings.push({ file: 'app.json', message: `tab icon ${icon} is ${(stat.size / 1024).toFixed(1)} KB (WeChat allows 40 KB)` })
      if (!/\.(png|jpe?g)$/i.test(icon)) findings.push({ file: 'app.json', message: `tab icon ${icon} must be png, jpg or jpeg` })
    }
  }
  return findings
}

function checkPackages(buildDir: string, layout: AppLayout): Finding[] {
  const findings: Finding[] = []
  const seen = new Set<string>()
  if (layout.mainPages.length === 0) findings.push({ file: 'app.json', message: 'pages is empty' })
  for (const page of layout.pages) {
    if (seen.has(page)) findings.push({ file: 'app.json', message: `page ${page} is listed twice` })
    seen.add(page)
    for (const file of missingPageFiles(buildDir, page)) findings.push({ file: 'app.json', message: `page ${page}: ${file} does not exist` })
  }
  const rawSubs = layout.appJson.subPackages ?? layout.appJson.subpackages ?? []
  rawSubs.forEach((sub) => findings.push(...unknownKeys(sub as unknown as Record<string, unknown>, SUBPACKAGE_KEYS, 'app.json', ` in subpackage ${sub.root}`)))
  for (const sub of layout.subPackages) {
    if (!fs.statSync(path.join(buildDir, sub.root), { throwIfNoEntry: false })?.isDirectory()) {
      findings.push({ file: 'app.json', message: `subpackage root ${sub.root} does not exist` })
    }
    for (const other of layout.subPackages) {
      if (other !== sub && (other.root + '/').startsWith(sub.root + '/')) findings.push({ file: 'app.json', message: `subpackage ${other.root} lies inside ${sub.root}` })
    }
    for (const page of layout.mainPages) {
      if (page.startsWith(sub.root + '/')) findings.push({ file: 'app.json', message: `main-package page ${page} lies inside subpackage ${sub.root}` })
    }
  }
  const packageNames = new Set(layout.subPackages.flatMap((sub) => [sub.root, ...(sub.name ? [sub.name] : [])]))
  for (const [page, rule] of Object.entries(layout.appJson.preloadRule ?? {})) {
    if (!layout.pages.includes(page)) findings.push({ file: 'app.json', message: `preloadRule for ${page}, which is not a page` })
    if (rule.network !== undefined && !['all', 'wifi'].includes(rule.network)) findings.push({ file: 'app.json', message: `preloadRule ${page}: network must be all or wifi` })
    for (const pkg of rule.packages ?? []) {
      if (!packageNames.has(trimSlashes(pkg)) && pkg !== '__APP__') findings.push({ file: 'app.json', message: `preloadRule ${page}: no subpackage ${pkg}` })
    }
  }
  return findings
}

/** Sizes by package ('' is the main package), source maps left out as the upload does. */
export function packageSizes(buildDir: string, layout: AppLayout = readAppLayout(buildDir)): Map<string, number> {
  const sizes = new Map<string, number>([['', 0], ...layout.subPackages.map((sub): [string, number] => [sub.root, 0])])
  for (const file of filesUnder(buildDir)) {
    if (file.endsWith('.map')) continue
    const root = layout.subPackages.find((sub) => file.startsWith(sub.root + '/'))?.root ?? ''
    sizes.set(root, sizes.get(root)! + fs.statSync(path.join(buildDir, file)).size)
  }
  return sizes
}

function checkSizes(buildDir: string, layout: AppLayout): Finding[] {
  const findings: Finding[] = []
  for (const [root, size] of packageSizes(buildDir, layout)) {
    if (size > PACKAGE_LIMIT) {
      findings.push({ file: 'app.json', message: `${root ? `subpackage ${root}` : 'the main package'} is ${(size / 1024 / 1024).toFixed(2)} MB (WeChat allows 2 MB)` })
    }
  }
  return findings
}

function checkPageJson(buildDir: string, layout: AppLayout): Finding[] {
  const findings: Finding[] = []
  const pageSet = new Set(layout.pages)
  for (const file of filesUnder(buildDir).filter((f) => f.endsWith('.json') && f !== 'app.json' && f !== 'project.config.json')) {
    const base = file.replace(/\.json$/, '')
    if (!exists(buildDir, base + '.wxml')) continue
    const json = readJson(path.join(buildDir, file), findings, file)
    if (!json) continue
    const isComponent = json.component === true
    if (!isComponent && !pageSet.has(base)) findings.push({ file, message: 'a page JSON for a page app.json does not list' })
    findings.push(...unknownKeys(json, isComponent ? COMPONENT_KEYS : PAGE_KEYS, file, ''))
    findings.push(...checkComponentsOf(buildDir, file, json))
  }
  return findings
}

function checkProjectConfig(buildDir: string): Finding[] {
  const file = 'project.config.json'
  const findings: Finding[] = []
  if (!exists(buildDir, file)) return [{ file, message: 'missing (DevTools opens the folder with it)' }]
  const config = readJson(path.join(buildDir, file), findings, file)
  if (!config) return findings
  findings.push(...unknownKeys(config, PROJECT_KEYS, file, ''))
  if (typeof config.appid !== 'string' || config.appid === '') findings.push({ file, message: 'appid is missing' })
  if (config.compileType !== 'miniprogram') findings.push({ file, message: `compileType is "${String(config.compileType)}", not miniprogram` })
  // Each root is relative to the folder DevTools opens: this one.
  const root = (key: string): string | undefined => (typeof config[key] === 'string' ? (config[key] as string) : undefined)
  for (const key of ['miniprogramRoot', 'srcMiniprogramRoot']) {
    const value = root(key)
    if (value === undefined) continue
    if (!fs.existsSync(path.join(buildDir, value, 'app.json'))) findings.push({ file, message: `${key} "${value}" has no app.json relative to this folder` })
  }
  const cloudRoot = root('cloudfunctionRoot')
  if (cloudRoot !== undefined) {
    const dir = path.join(buildDir, cloudRoot)
    const functions = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'package.json'))) : []
    if (functions.length === 0) findings.push({ file, message: `cloudfunctionRoot "${cloudRoot}" holds no cloud function relative to this folder` })
  }
  const setting = (config.setting ?? {}) as Record<string, unknown>
  for (const [key, value] of Object.entries(setting)) {
    if (['es6', 'enhance', 'postcss', 'minified', 'urlCheck'].includes(key) && typeof value !== 'boolean') findings.push({ file, message: `setting.${key} must be true or false` })
  }
  return findings
}

/** All of the rules above for one build folder. */
export function checkAppConfig(buildDir: string): Finding[] {
  const findings: Finding[] = []
  const app = readJson(path.join(buildDir, 'app.json'), findings, 'app.json')
  if (!app) return findings
  findings.push(...unknownKeys(app, APP_KEYS, 'app.json', ''))
  if (app.window && typeof app.window === 'object') findings.push(...unknownKeys(app.window as Record<string, unknown>, WINDOW_KEYS, 'app.json', ' in window'))
  const layout = readAppLayout(buildDir)
  findings.push(...checkPackages(buildDir, layout), ...checkTabBar(buildDir, layout), ...checkSizes(buildDir, layout))
  findings.push(...checkComponentsOf(buildDir, 'app.json', app), ...checkPageJson(buildDir, layout), ...checkProjectConfig(buildDir))
  return findings
}
