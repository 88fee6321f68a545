/**
 * `npm run build:cloud`: bundles the feedback cloud function (entry, shared
 * handler, zod, the report's card ids) into cloudfunctions/feedback/ itself,
 * so the folder that project.config.json's cloudfunctionRoot shows WeChat
 * DevTools is uploadable as is: index.js (generated, git-ignored) beside the
 * TypeScript sources, package.json (only wx-server-sdk, installed in the
 * cloud), config.json and roster.csv (ROSTER_FILE, else the demo roster).
 * Another `out` folder (tests) gets a copy of package.json and config.json too.
 */
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseOffices } from '../src/feedback/offices'
import { parseRoster } from '../src/feedback/roster'

const root = path.resolve(__dirname, '..')
const source = path.join(root, 'cloudfunctions/feedback')

export async function buildCloudFunction(
  out = source,
  rosterFile = process.env.ROSTER_FILE || path.join(root, 'content/roster/demo.csv'),
  officesFile = process.env.OFFICES_FILE || path.join(root, 'content/offices.csv'),
): Promise<void> {
  // Refuse to ship a roster or offices list the function could not read.
  const roster = parseRoster(readFileSync(rosterFile, 'utf8'), rosterFile)
  const offices = parseOffices(readFileSync(officesFile, 'utf8'), officesFile)

  const inPlace = path.resolve(out) === path.resolve(source)
  if (!inPlace) rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  await build({
    entryPoints: [path.join(source, 'index.ts')],
    outfile: path.join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // The cloud runtime may be as old as Node 12.
    target: 'node12',
    external: ['wx-server-sdk'],
    legalComments: 'none',
    logLevel: 'warning',
  })

  if (!inPlace) {
    const pkg = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    writeFileSync(
      path.join(out, 'package.json'),
      `${JSON.stringify({ ...pkg, dependencies: { 'wx-server-sdk': pkg.dependencies['wx-server-sdk'] } }, null, 2)}\n`,
    )
    copyFileSync(path.join(source, 'config.json'), path.join(out, 'config.json'))
  }
  copyFileSync(rosterFile, path.join(out, 'roster.csv'))
  copyFileSync(officesFile, path.join(out, 'offices.csv'))

  const size = (name: string) => `${(statSync(path.join(out, name)).size / 1024).toFixed(0)} KB`
  console.log(
    `built ${path.relative(root, out)}: index.js ${size('index.js')}, roster.csv ${roster.size} delegates (${path.relative(root, rosterFile)}), offices.csv ${offices.list.length} offices`,
  )
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  buildCloudFunction().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
