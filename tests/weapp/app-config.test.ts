import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { checkAppConfig, packageSizes } from '../../scripts/weapp-check/app-json-rules'
import { copyOfBuild, editJson } from './support/build-copy'

const weappDir = inject('weappDir')
const messages = (dir: string) => checkAppConfig(dir).map((finding) => `${finding.file}: ${finding.message}`)

describe("app.json, page JSON and project.config.json against WeChat's rules", () => {
  it('the build passes: pages and subpackages exist, tabs in the main package, icons small, no unknown keys', () => {
    expect(messages(weappDir)).toEqual([])
  })

  it('every package is within 2 MB', () => {
    for (const size of packageSizes(weappDir).values()) expect(size).toBeLessThanOrEqual(2 * 1024 * 1024)
  })

  it('the project.config.json DevTools opens in the build points at the build and at the cloud functions', () => {
    const config = JSON.parse(fs.readFileSync(path.join(weappDir, 'project.config.json'), 'utf8')) as Record<string, string>
    expect(config.miniprogramRoot).toBe('./')
    expect(config.srcMiniprogramRoot).toBe('./')
    expect(fs.existsSync(path.join(weappDir, config.cloudfunctionRoot!, 'feedback', 'package.json'))).toBe(true)
  })

  it('fails on a missing page', () => {
    const broken = copyOfBuild(weappDir)
    fs.rmSync(path.join(broken, 'pages/search/index.js'))
    expect(messages(broken)).toContain('app.json: page pages/search/index: pages/search/index.js does not exist')
  })

  it('fails on a tab page outside the main package, an oversized tab icon and an unknown key', () => {
    const broken = copyOfBuild(weappDir)
    editJson(broken, 'app.json', (app) => {
      const tabBar = app.tabBar as { list: { pagePath: string }[] }
      tabBar.list[1]!.pagePath = 'pages/card/index'
      app.enableShareAppMessage = true
    })
    fs.writeFileSync(path.join(broken, 'assets/tab/mine.png'), Buffer.alloc(41 * 1024))
    expect(messages(broken)).toEqual(
      expect.arrayContaining([
        'app.json: tab page pages/card/index is not in the main package\'s pages',
        'app.json: tab icon assets/tab/mine.png is 41.0 KB (WeChat allows 40 KB)',
        'app.json: unknown key "enableShareAppMessage"',
      ]),
    )
  })

  it('fails on an unknown key in a page JSON and on a subpackage over 2 MB', () => {
    const broken = copyOfBuild(weappDir)
    editJson(broken, 'pages/card/index.json', (page) => {
      page.enableShareTimelne = true
    })
    fs.writeFileSync(path.join(broken, 'pages/card/big.bin'), Buffer.alloc(2 * 1024 * 1024))
    expect(messages(broken)).toEqual(
      expect.arrayContaining([
        'pages/card/index.json: unknown key "enableShareTimelne"',
        expect.stringMatching(/^app\.json: subpackage pages\/card is 2\.\d\d MB \(WeChat allows 2 MB\)$/),
      ]),
    )
  })

  it('fails on the cloudfunctionRoot Taro copies unchanged (wrong relative to the build folder)', () => {
    const broken = copyOfBuild(weappDir)
    editJson(broken, 'project.config.json', (config) => {
      config.cloudfunctionRoot = 'cloudfunctions/'
      config.srcMiniprogramRoot = 'dist/weapp/'
    })
    expect(messages(broken)).toEqual([
      'project.config.json: srcMiniprogramRoot "dist/weapp/" has no app.json relative to this folder',
      'project.config.json: cloudfunctionRoot "cloudfunctions/" holds no cloud function relative to this folder',
    ])
  })
})
