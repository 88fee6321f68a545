import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { filesWithExtension } from '../../scripts/weapp-check/files'
import { checkApiFloor, checkScript, checkSyntaxFloor, hasLookbehind } from '../../scripts/weapp-check/syntax-floor'
import { copyOfBuild, replaceInFile } from './support/build-copy'

describe('every shipped script parses on iOS 12 (ES2019, no regex lookbehind)', () => {
  it.each([
    ['weapp', inject('weappDir')],
    ['H5', inject('h5Dir')],
  ])('the %s build', (_, dir) => {
    const { files, findings } = checkSyntaxFloor(dir)
    expect(files).toBeGreaterThan(5)
    expect(findings).toEqual([])
  })

  it('fails on a lookbehind in a weapp bundle (as LONE_SURROGATE once shipped in common.js)', () => {
    const broken = copyOfBuild(inject('weappDir'))
    fs.appendFileSync(path.join(broken, 'common.js'), '\nvar LONE=/[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]/;')
    const { findings } = checkSyntaxFloor(broken)
    expect(findings).toEqual([{ file: 'common.js', message: expect.stringMatching(/lookbehind/) }])
  })

  it('fails on `?.`, `??` and class fields, naming the file', () => {
    expect(checkScript('vendors.js', 'var m=e?.message;')[0]?.message).toMatch(/not ES2019/)
    expect(checkScript('vendors.js', 'var m=e??"";')[0]?.message).toMatch(/not ES2019/)
    expect(checkScript('pages/card/index.js', 'class Q{size;mask;modules=[]}')[0]?.message).toMatch(/not ES2019/)
    expect(checkScript('ok.js', 'var m=e&&e.message;class Q{constructor(){this.size=0}}')).toEqual([])
  })

  it('finds a lookbehind handed to RegExp() as a string, and not one that is escaped or in a class', () => {
    expect(checkScript('a.js', 'new RegExp("(?<=a)b")')).toHaveLength(1)
    expect(hasLookbehind('\\(?<=a')).toBe(false)
    expect(hasLookbehind('[(?<=]')).toBe(false)
    expect(hasLookbehind('(?<name>x)')).toBe(false)
    expect(hasLookbehind('a(?<!b)')).toBe(true)
  })

  it('fails on a built-in iOS 12 lacks unless the build defines it (String#replaceAll, as the H5 router calls it)', () => {
    expect(checkApiFloor([{ file: 'a.js', source: 'q.replaceAll("+"," ");Promise.allSettled(p);[1].at(-1);structuredClone(o)' }]).map((f) => f.message)).toEqual([
      expect.stringMatching(/^calls \.replaceAll\(\), which iOS 12 lacks \(iOS 13\.1\+\)/),
      expect.stringMatching(/^calls Promise\.allSettled/),
      expect.stringMatching(/^calls \.at\(\)/),
      expect.stringMatching(/^calls structuredClone\(\)/),
    ])
    const polyfill = { file: 'p.js', source: 'Object.defineProperty(String.prototype,"replaceAll",{value:function(){}})' }
    expect(checkApiFloor([{ file: 'a.js', source: 'q.replaceAll("+"," ")' }, polyfill])).toEqual([])
    // A service worker never runs inside WeChat on iOS.
    expect(checkApiFloor([{ file: 'sw.js', source: 'Promise.allSettled(p)' }])).toEqual([])
  })

  it('the H5 build defines String#replaceAll: without the polyfill its router bundle fails the check', () => {
    const broken = copyOfBuild(inject('h5Dir'))
    const app = filesWithExtension(broken, '.js').find((file) => /^js\/app\.[0-9a-f]+\.js$/.test(file))!
    replaceInFile(broken, app, 'defineProperty(String.prototype,"replaceAll"', 'defineProperty(String.prototype,"replaceAllGone"')
    expect(checkSyntaxFloor(broken).findings).toEqual([{ file: app, message: expect.stringMatching(/^calls \.replaceAll\(\)/) }])
  })
})
