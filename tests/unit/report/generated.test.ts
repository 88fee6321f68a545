import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { report } from '../../../src/report/report'
import { source } from './source'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const JSON_PATH = fileURLToPath(new URL('../../../src/report/data/report.json', import.meta.url))

describe('the generated report the app imports', () => {
  it('is the parse of the current content (run `npm run report:data` when this fails)', () => {
    const committed: unknown = JSON.parse(readFileSync(JSON_PATH, 'utf8'))
    const fresh = parseReport(source)
    if (JSON.stringify(committed) !== JSON.stringify(fresh)) {
      expect.fail('src/report/data/report.json is stale against content/: run `npm run report:data` and commit it')
    }
    expect(report).toEqual(fresh)
  })

  it('is what `npm run --silent report:json` prints, with nothing else on stdout', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'report:json'], { cwd: ROOT, encoding: 'utf8' })
    expect(JSON.parse(stdout)).toEqual(parseReport(source))
  }, 60_000)
})
