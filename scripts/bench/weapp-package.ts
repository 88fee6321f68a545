/** The weapp build: total size, the main package and each subpackage, against WeChat's 2 MB per package. */
import fs from 'node:fs'
import path from 'node:path'
import { budgetAtMost, kilobytes, type BenchRow, type MeasureOutcome } from './result'
import { buildTaro } from './taro-build'

const WECHAT_PACKAGE_LIMIT = 2 * 1024 * 1024
const MAIN_PACKAGE_BUDGET = 600 * 1024

interface SubPackage {
  root: string
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
}

/** Sizes by package: '' is the main package, otherwise the subpackage root. Source maps are not uploaded. */
export function packageSizes(buildDir: string): { total: number; byPackage: Map<string, number>; maps: number } {
  const appJson = JSON.parse(fs.readFileSync(path.join(buildDir, 'app.json'), 'utf8')) as {
    subPackages?: SubPackage[]
    subpackages?: SubPackage[]
  }
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/^\/+|\/+$/g, '') + '/')
  const byPackage = new Map<string, number>([['', 0], ...roots.map((root): [string, number] => [root, 0])])
  let total = 0
  let maps = 0
  for (const file of filesUnder(buildDir)) {
    const size = fs.statSync(path.join(buildDir, file)).size
    if (file.endsWith('.map')) {
      maps += size
      continue
    }
    total += size
    const root = roots.find((r) => file.startsWith(r)) ?? ''
    byPackage.set(root, (byPackage.get(root) ?? 0) + size)
  }
  return { total, byPackage, maps }
}

export function measureWeappPackage(): MeasureOutcome {
  const build = buildTaro('weapp')
  const { total, byPackage, maps } = packageSizes(build.dir)
  const main = byPackage.get('') ?? 0
  const rows: BenchRow[] = [
    { group: 'weapp', measure: 'total', value: kilobytes(total) },
    {
      group: 'weapp',
      measure: 'main package',
      value: kilobytes(main),
      budget: budgetAtMost(main, MAIN_PACKAGE_BUDGET, '≤ 600 KB'),
    },
  ]
  for (const [root, size] of byPackage) {
    if (root === '') continue
    rows.push({
      group: 'weapp',
      measure: `subpackage ${root}`,
      value: kilobytes(size),
      budget: budgetAtMost(size, WECHAT_PACKAGE_LIMIT, '≤ 2 MB (WeChat)'),
    })
  }
  const overLimit = main > WECHAT_PACKAGE_LIMIT ? ' The main package is over WeChat’s 2 MB limit.' : ''
  return {
    rows,
    notes: [
      `weapp: production build (${build.seconds.toFixed(0)} s), sizes of every file but source maps (${kilobytes(maps)} of .map files left out); ` +
        `${byPackage.size - 1} subpackage(s) in app.json.${overLimit}`,
    ],
  }
}
