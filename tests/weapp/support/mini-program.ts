/** Launching the weapp build headless for a test, with WeChat's compiled WXML made once per test file. */
import { afterEach, inject } from 'vitest'
import { MiniProgram, unreachableCloud, type CloudFake, type LaunchOptions } from '../../../scripts/weapp-check/runtime/mini-program'
import { feedbackCloud } from '../../../scripts/weapp-check/runtime/cloud-fake'
import { compileWxml } from '../../../scripts/weapp-check/wechat-compilers'
import { parseRoster } from '../../../src/feedback/roster'

const compiled = new Map<string, string>()
const running: MiniProgram[] = []

afterEach(() => {
  for (const program of running.splice(0)) program.dispose()
})

/** The test roster the harness's cloud function knows (codes and pins as on a delegate's card). */
export const TEST_PINS = { NT0001: '135790', NT0002: '246802' } as const
export const testRoster = () =>
  parseRoster(
    ['code,name,delegation,role,pin', `NT0001,王建国,牛塘片代表小组,代表,${TEST_PINS.NT0001}`, `NT0002,李秀英,卢家巷片代表小组,代表,${TEST_PINS.NT0002}`].join('\n'),
    'harness roster',
  )

/** The `feedback` cloud function running the project's handler in memory. */
export const workingCloud = () => feedbackCloud({ roster: testRoster() })
export { unreachableCloud }

/** A cloud that can go down mid-test (the hall's network drops after a delegate signed in). */
export function switchableCloud(inner: CloudFake) {
  const cloud = {
    down: false,
    callFunction: (name: string, data: unknown) => (cloud.down ? unreachableCloud.callFunction(name, data) : inner.callFunction(name, data)),
  }
  return cloud
}

export async function launch(options: Partial<LaunchOptions> & { cloud?: CloudFake } = {}): Promise<MiniProgram> {
  const buildDir = options.buildDir ?? inject('weappDir')
  if (!compiled.has(buildDir)) {
    const result = compileWxml(buildDir)
    if (result.findings.length > 0) throw new Error(result.findings.map((f) => f.message).join('\n'))
    compiled.set(buildDir, result.output)
  }
  const program = await MiniProgram.launch({ ...options, buildDir, compiledWxml: compiled.get(buildDir)! })
  running.push(program)
  return program
}

/** Nothing went wrong that a delegate would meet: no exception, no refused route, no template missing. */
export function expectClean(program: MiniProgram): void {
  const problems = [
    ...program.errors.map((error) => `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    ...program.routeErrors.map((message) => `route: ${message}`),
    ...program.viewWarnings.map((message) => `view: ${message}`),
  ]
  if (problems.length > 0) throw new Error(problems.join('\n'))
}
