import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from './config'

/** What the H5 build is made from: a change to any of these makes it stale. */
const BUILD_INPUTS = ['src', 'config', 'content', 'babel.config.js', 'package.json', 'tsconfig.json']

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  }
  return newest
}

/** True when dist/h5 is missing or older than any of its sources. */
export function isH5BuildStale(h5Dir: string): boolean {
  const builtAt = fs.statSync(path.join(h5Dir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs
  if (builtAt === undefined) return true
  const sourcesAt = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(projectRoot, p))))
  return sourcesAt > builtAt
}

/** Runs the production H5 build into h5Dir in the foreground; throws when it fails. */
export function buildH5(h5Dir: string): void {
  const taro = path.join(projectRoot, 'node_modules', '.bin', 'taro')
  const result = spawnSync(taro, ['build', '--type', 'h5'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT_DIR: h5Dir },
  })
  if (result.status !== 0) {
    throw new Error(`The H5 build failed (exit ${result.status ?? result.signal}); see the output above.`)
  }
}
