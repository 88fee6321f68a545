import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import fs from 'node:fs'
import path from 'node:path'
import webpack from 'webpack'
import { GenerateSW } from 'workbox-webpack-plugin'
import { PreloadCoverChunk } from './preload-cover-chunk'
import { isTranspiledPackageFile } from './transpiled-packages'

// NutUI is drawn at 375 px wide, and so are our own styles: one px in our CSS is
// one CSS px on a 375-wide phone (rpx on weapp, rem on H5).
const designWidth = 375

const { NormalModuleReplacementPlugin } = webpack
const H5_TAB_BAR = path.resolve(__dirname, '..', 'src', 'services', 'h5-tab-bar.ts')

const appVersion = (JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version

export default defineConfig<'webpack5'>(async (_merge, { mode }) => {
  const production = mode === 'production' || process.env.NODE_ENV === 'production'
  // TRANSPILE_PACKAGES=0 builds without it, only for the bench to measure what transpiling costs.
  const transpiledPackages = process.env.TRANSPILE_PACKAGES === '0' ? [] : [isTranspiledPackageFile]
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'niutang-report',
    date: '2026-11-27',
    designWidth,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_DIR lets a test run build into its own folder (see server/h5-build.ts).
    outputRoot: process.env.TARO_OUTPUT_DIR || `dist/${process.env.TARO_ENV}`,
    plugins: ['@tarojs/plugin-html', path.resolve(__dirname, 'weapp-project-config.ts')],
    defineConstants: {
      // The public H5 site (for the poster's QR code on weapp); H5 falls back to its own origin.
      H5_BASE_URL: JSON.stringify(process.env.H5_BASE_URL ?? ''),
      // Development only: the mini-program posts to the local server (e.g. http://192.168.1.5:10086/api/feedback)
      // instead of the cloud function, so H5 and the mini-program share one SQLite store. Empty: the cloud function.
      WEAPP_FEEDBACK_URL: JSON.stringify(process.env.WEAPP_FEEDBACK_URL ?? ''),
      // Shown under 我的 → 关于 (package.json itself stays out of the bundle).
      APP_VERSION: JSON.stringify(appVersion),
    },
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    copy: { patterns: [], options: {} },
    // H5 renders with Preact (React's API through preact/compat), measured for issue 10: React DOM
    // was 37 KB of the cover's 107 KB of brotli JavaScript on a slow phone network, and the H5 app
    // answered its first tap after 1.40 s (budget 1.2 s). The mini-program keeps React 18: its code
    // is on the phone already, and it is what the weapp check proves.
    framework: process.env.TARO_ENV === 'h5' ? 'preact' : 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    // NutUI advises against the persistent cache ("can't find template" on weapp).
    cache: { enable: false },
    // Taro's terser default writes every Chinese character as \uXXXX (6 bytes instead of 3):
    // the report's text alone then costs 84 KB instead of about 45 KB in the weapp package.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      // Our floor is iOS 12 (browserslist): the few packages that ship newer syntax go through babel too.
      compile: { include: transpiledPackages },
      // Component styles are scoped by class (one block a component), so their order between chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: transpiledPackages },
      useHtmlComponents: true,
      publicPath: '/',
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      router: { mode: 'browser' },
      // Hot reload for Preact would need @prefresh/webpack; a watch build reloads the page instead.
      devServer: { hot: false },
      // Offline in the hall (issue 4): a service worker precaches index.html and every
      // chunk, so after one visit each screen opens with the network off. Production only.
      webpackChain(chain) {
        // Before anything else runs: an API the router needs that iOS 12 lacks (see the file).
        chain.entry('app').prepend(path.resolve(__dirname, 'polyfills/string-replace-all.js'))
        // The router's tab bar (a Stencil web component) is replaced by a plain-DOM one with the
        // same classes and events: src/services/h5-tab-bar.ts says why (issue 10).
        chain.plugin('light-tab-bar').use(NormalModuleReplacementPlugin, [
          /^\.\/tabbar\.js$/,
          (resource: { context: string; request: string }) => {
            if (/[\\/]@tarojs[\\/]router[\\/]dist$/.test(resource.context)) resource.request = H5_TAB_BAR
          },
        ])
        if (!production) return
        // Taro's component styles are injected from JavaScript (style-loader), to come first in the
        // head: about 40 KB of CSS in strings, parsed and inserted while the cover waits (~25 ms on a
        // slow phone, issue 10). Extracted like ours instead, into their own stylesheet (css/taro.*.css,
        // the taroStyles group below), which index.html links before ours: same order, no script.
        chain.module.rules.delete('taroStyle')
        chain.module.rule('customStyle').exclude.clear()
        // Taro splits only the entry's chunks: a module shared by page chunks is copied into each.
        // Stencil (the web components behind Textarea and the like, on the form pages) is 28 KB:
        // one chunk of its own instead of a copy in every page that needs it.
        const splitChunks = (chain.optimization.get('splitChunks') ?? {}) as { cacheGroups?: Record<string, unknown> }
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            stencil: { test: /[\\/]node_modules[\\/]@stencil[\\/]/, chunks: 'async', name: 'stencil', minChunks: 2, priority: 30, enforce: true },
            taroStyles: { type: 'css/mini-extract', test: /[\\/]node_modules[\\/]@tarojs[\\/]/, chunks: 'initial', name: 'taro', priority: 40, enforce: true },
          },
        })
        // The cover's page chunk downloads alongside the app bundle instead of after it (issue 10).
        chain.plugin('preload-cover-chunk').use(PreloadCoverChunk, ['src/pages/index/index', ['/', '/pages/index/index']])
        chain.plugin('sw').use(GenerateSW, [
          {
            swDest: 'sw.js',
            // A new build takes over at once and drops the old precache: no reader stuck on a stale app.
            skipWaiting: true,
            clientsClaim: true,
            cleanupOutdatedCaches: true,
            inlineWorkboxRuntime: true,
            sourcemap: false,
            mode: 'production',
            // Deep links (/pages/card/index?id=…) open offline from the cached app shell.
            navigateFallback: '/index.html',
            // The API and the secretariat's page are the server's, never the app shell.
            navigateFallbackDenylist: [/^\/api\//, /^\/admin(\/|$)/],
            // page-preloads.json is for the local server only (server/page-preloads.ts).
            exclude: [/\.map$/, /\.LICENSE\.txt$/, /^manifest.*\.js$/, /^page-preloads\.json$/],
            // Hashed names are their own revision.
            dontCacheBustURLsMatching: /\.[0-9a-f]{8}\./,
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          },
        ])
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (!production) {
    config.logger = { quiet: false, stats: true }
  }
  return config
})
