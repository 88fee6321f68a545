import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { compileWxml, compileWxss } from '../../scripts/weapp-check/wechat-compilers'
import { copyOfBuild } from './support/build-copy'

const weappDir = inject('weappDir')

describe("WeChat's own compilers on the weapp build", () => {
  it('wcc compiles every WXML and WXS file into the view layer function', () => {
    const { output, findings } = compileWxml(weappDir)
    expect(findings).toEqual([])
    expect(output).toContain('$gwx')
    for (const page of ['pages/index/index.wxml', 'pages/card/index.wxml', 'comp.wxml']) expect(output).toContain(`'${page}'`)
  })

  it('wcsc compiles every WXSS file', () => {
    const { output, findings } = compileWxss(weappDir)
    expect(findings).toEqual([])
    expect(output).toContain('pages/card/index.wxss')
  })

  it('fails on a broken WXML tag, naming the file and the tag', () => {
    const broken = copyOfBuild(weappDir)
    fs.appendFileSync(path.join(broken, 'pages/card/index.wxml'), '\n<view><text>未闭合</view>')
    const { findings } = compileWxml(broken)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/pages\/card\/index\.wxml.*end-tag `text`/)
  })

  it('fails on a broken WXSS rule', () => {
    const broken = copyOfBuild(weappDir)
    fs.appendFileSync(path.join(broken, 'pages/index/index.wxss'), '.cover-page__x{color:')
    const { findings } = compileWxss(broken)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/pages\/index\/index\.wxss/)
  })
})
