/**
 * The static half of the weapp check on builds you already have (the tests in
 * tests/weapp run all of it, the pages included, on a fresh build):
 *
 *   npx tsx scripts/weapp-check/index.ts [weapp build, default dist/weapp] [H5 build, default dist/h5]
 *
 * Exits 1 and lists every finding when a check fails.
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkAppConfig } from './app-json-rules'
import { formatFindings, type Finding } from './files'
import { checkStyleFloor } from './style-floor'
import { checkSyntaxFloor } from './syntax-floor'
import { compileWxml, compileWxss } from './wechat-compilers'

const root = path.resolve(__dirname, '../..')
const weappDir = path.resolve(process.argv[2] ?? path.join(root, 'dist/weapp'))
const h5Dir = path.resolve(process.argv[3] ?? path.join(root, 'dist/h5'))

const checks: [string, () => Finding[]][] = [
  ['wcc (WXML, WXS)', () => compileWxml(weappDir).findings],
  ['wcsc (WXSS)', () => compileWxss(weappDir).findings],
  ['app.json, page JSON, project.config.json', () => checkAppConfig(weappDir)],
  ['weapp scripts: ES2019, no lookbehind, built-ins', () => checkSyntaxFloor(weappDir).findings],
  ['weapp styles: no inset, no flex gap', () => checkStyleFloor(weappDir).findings],
]
if (fs.existsSync(h5Dir)) {
  checks.push(['H5 scripts: ES2019, no lookbehind, built-ins', () => checkSyntaxFloor(h5Dir).findings])
  checks.push(['H5 styles: no inset, no flex gap', () => checkStyleFloor(h5Dir).findings])
}

if (!fs.existsSync(path.join(weappDir, 'app.json'))) {
  console.error(`No weapp build at ${weappDir}: run npm run build:weapp first.`)
  process.exit(1)
}
let failed = 0
for (const [name, run] of checks) {
  const findings = run()
  console.log(`${findings.length === 0 ? 'ok  ' : 'FAIL'} ${name}`)
  if (findings.length > 0) {
    failed++
    console.log(formatFindings(findings).replace(/^/gm, '     '))
  }
}
process.exit(failed === 0 ? 0 : 1)
