/** Which source a run measured: the commit, and whether the app's files had uncommitted changes (they are built too). */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const projectRoot = path.resolve(__dirname, '../..')
const BUILD_INPUTS = ['src', 'config', 'server', 'content', 'babel.config.js', 'package.json']

function git(args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

export function describeSource(): string {
  const commit = git(['rev-parse', '--short', 'HEAD'])
  if (!commit) return 'not a git checkout'
  const changed = (git(['status', '--porcelain', '--', ...BUILD_INPUTS]) ?? '').split('\n').filter(Boolean).length
  return changed > 0 ? `commit ${commit} plus ${changed} uncommitted change(s) under ${BUILD_INPUTS.join(', ')}` : `commit ${commit}`
}
