/** Production Taro builds into a temporary folder of our own (other work builds into dist/ meanwhile). */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const projectRoot = path.resolve(__dirname, '../..')

export interface TaroBuild {
  dir: string
  seconds: number
}

export function buildTaro(type: 'h5' | 'weapp', extraEnv: Record<string, string> = {}): TaroBuild {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `niutang-bench-${type}-`))
  const started = performance.now()
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'taro'), ['build', '--type', type], {
    cwd: projectRoot,
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production', TARO_OUTPUT_DIR: dir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n')
    throw new Error(`taro build --type ${type} failed (exit ${result.status ?? result.signal}):\n${output}`)
  }
  return { dir, seconds: (performance.now() - started) / 1000 }
}
