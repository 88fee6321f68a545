import { spawnSync } from 'node:child_process'
import { findChromium, MISSING_CHROMIUM_MESSAGE } from '../tests/browser/support/chromium'

// The browser suite needs Chromium. Without it, say so in one plain line; with
// REQUIRE_BROWSER=1 (CI) a missing browser is a failure.
if (!findChromium()) {
  console.log(MISSING_CHROMIUM_MESSAGE)
  process.exit(process.env.REQUIRE_BROWSER === '1' ? 1 : 0)
}
const result = spawnSync('npx', ['vitest', 'run', '--project', 'browser', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
