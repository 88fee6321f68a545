import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { checkStyleFloor, checkStylesheet } from '../../scripts/weapp-check/style-floor'
import { copyOfBuild } from './support/build-copy'

describe('styles keep their layout on iOS 12 (no inset, no flex gap)', () => {
  it.each([
    ['weapp', inject('weappDir')],
    ['H5', inject('h5Dir')],
  ])('the %s build', (_, dir) => {
    const { files, findings } = checkStyleFloor(dir)
    expect(files).toBeGreaterThan(3)
    expect(findings).toEqual([])
  })

  it('fails on inset and on flex gap in a shipped WXSS file', () => {
    const broken = copyOfBuild(inject('weappDir'))
    fs.appendFileSync(path.join(broken, 'common.wxss'), '.sheet{position:fixed;inset:0}.row{display:flex;gap:12rpx}')
    expect(checkStyleFloor(broken).findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/^\.sheet \{ inset \}/),
      expect.stringMatching(/^\.row \{ gap \} outside a grid/),
    ])
  })

  it('lets grid gap and the four offsets through', () => {
    expect(checkStylesheet('a.css', '.grid{display:grid;gap:10px}.sheet{position:fixed;top:0;right:0;bottom:0;left:0}')).toEqual([])
  })
})
