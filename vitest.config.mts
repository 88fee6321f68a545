import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { nutuiPerComponent } from './tests/support/nutui-per-component.mts'

const root = import.meta.dirname

// One config, four projects (`vitest run --project <name>`):
// - unit: plain TypeScript (report, feedback, poster), node environment
// - integration: the real server over HTTP with a real SQLite file
// - component: React components against Taro's real H5 implementation in jsdom
// - browser: the built H5 app in headless Chromium through playwright-core
// - weapp: the weapp build checked with WeChat's compilers and rules, and run headless (scripts/weapp-check)
export default defineConfig({
  resolve: {
    alias: { '@': path.join(root, 'src') },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [nutuiPerComponent()],
        define: {
          DEPRECATED_ADAPTER_COMPONENT: 'false',
          H5_BASE_URL: JSON.stringify(''),
          APP_VERSION: JSON.stringify('test'),
          ENABLE_INNER_HTML: 'true',
          ENABLE_ADJACENT_HTML: 'true',
          ENABLE_SIZE_APIS: 'true',
          ENABLE_TEMPLATE_CONTENT: 'true',
          ENABLE_CLONE_NODE: 'true',
          ENABLE_CONTAINS: 'true',
          ENABLE_MUTATION_OBSERVER: 'true',
          'process.env.TARO_ENV': JSON.stringify('h5'),
          'process.env.TARO_PLATFORM': JSON.stringify('web'),
          'process.env.FRAMEWORK': JSON.stringify('react'),
        },
        resolve: {
          // Taro's H5 resolution order; otherwise NutUI's UMD build and a CommonJS router are taken.
          mainFields: ['main:h5', 'browser', 'module', 'jsnext:main', 'jsnext', 'main'],
          alias: [
            { find: '@', replacement: path.join(root, 'src') },
            // As the H5 build with h5.useHtmlComponents: Taro's React HTML components.
            { find: /^@tarojs\/components$/, replacement: '@tarojs/plugin-platform-h5/dist/runtime/components' },
            { find: /^@tarojs\/taro$/, replacement: path.join(root, 'tests/support/taro-h5.ts') },
          ],
        },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/support/jsdom-setup.ts'],
          server: { deps: { inline: [/@nutui\//, /@tarojs\//, /@stencil\//] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'weapp',
          include: ['tests/weapp/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/weapp/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
