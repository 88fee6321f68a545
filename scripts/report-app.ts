/**
 * Builds the H5 app for any report text into a folder of its own, without
 * touching this working tree: `npm run report:app -- FILE OUT`. OUT gets the
 * committed sources (git archive HEAD), the report's data generated from FILE
 * (with its override and links files beside it) and the build in OUT/h5;
 * serve it with `H5_DIR=OUT/h5 npm start` run inside OUT. The browser tests
 * use it to check the app on corpus reports.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export function buildAppFor(reportFile: string, out: string, log: (line: string) => void = () => {}): string {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const archive = execFileSync('git', ['archive', 'HEAD'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 })
  execFileSync('tar', ['-x', '-C', out], { input: archive })
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'))
  const env = { ...process.env, REPORT_FILE: resolve(reportFile) }
  log(execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/report-data.ts'], { cwd: out, env, encoding: 'utf8' }).trim())
  const h5 = join(out, 'h5')
  execFileSync(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
    cwd: out,
    env: { ...env, NODE_ENV: 'production', TARO_OUTPUT_DIR: h5 },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  log(`built ${h5}`)
  return h5
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, out] = process.argv.slice(2)
  if (!file || !out) {
    process.stderr.write('用法：npm run report:app -- 报告文件.txt 输出目录\n')
    process.exit(2)
  }
  buildAppFor(file, resolve(out), (line) => process.stdout.write(`${line}\n`))
}
