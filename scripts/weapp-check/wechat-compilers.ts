/**
 * WeChat's own WXML and WXSS compilers (`wcc`, `wcsc`, Linux x64 builds from the
 * `miniprogram-compiler` package). The package installs them without the run bit,
 * so they run from a copy in a temporary folder made executable there.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { filesWithExtension, type Finding } from './files'

const PACKAGE_BIN = path.resolve(__dirname, '../../node_modules/miniprogram-compiler/bin/linux')

let binDir: string | undefined

function compilerPath(name: 'wcc' | 'wcsc'): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`WeChat's compilers in miniprogram-compiler are Linux x64 binaries; this is ${process.platform} ${process.arch}.`)
  }
  if (!binDir) {
    binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-wechat-compilers-'))
    for (const binary of ['wcc', 'wcsc']) {
      fs.copyFileSync(path.join(PACKAGE_BIN, binary), path.join(binDir, binary))
      fs.chmodSync(path.join(binDir, binary), 0o755)
    }
  }
  return path.join(binDir, name)
}

export interface CompileResult {
  /** The compiler's JavaScript output (empty when it failed) */
  output: string
  findings: Finding[]
}

function run(name: 'wcc' | 'wcsc', args: string[], cwd: string): CompileResult {
  const result = spawnSync(compilerPath(name), args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status === 0) return { output: result.stdout, findings: [] }
  const message = `${result.stderr}${result.status !== 0 && !result.stderr ? result.stdout.slice(0, 2000) : ''}`.trim()
  return { output: '', findings: [{ file: name, message: message || `exited with ${result.status ?? result.signal}` }] }
}

/**
 * Every WXML and WXS file, as DevTools compiles them: the output is `$gwx`, the
 * function the view layer calls with a page's data to get the tree it draws.
 */
export function compileWxml(buildDir: string): CompileResult {
  const files = [...filesWithExtension(buildDir, '.wxml'), ...filesWithExtension(buildDir, '.wxs')]
  return run('wcc', ['-d', '-cc', '0', ...files, '-gn', '$gwx'], buildDir)
}

/** Every WXSS file: pages (and app.wxss) first, counted by -pc, then the sheets they import. */
export function compileWxss(buildDir: string): CompileResult {
  const sheets = filesWithExtension(buildDir, '.wxss')
  const isPageSheet = (file: string): boolean =>
    file === 'app.wxss' || fs.existsSync(path.join(buildDir, file.replace(/\.wxss$/, '.json')))
  const pages = sheets.filter(isPageSheet)
  const imported = sheets.filter((file) => !isPageSheet(file))
  return run('wcsc', ['-db', '-pc', String(pages.length), ...pages, ...imported], buildDir)
}
