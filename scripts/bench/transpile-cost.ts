/**
 * What transpiling node_modules down to the iOS 12 floor costs (issue 10:
 * at most 5 % of the H5 cover's bytes and of the weapp main package): each
 * build made twice, with and without config/transpiled-packages.ts.
 */
import { measureViewBytes } from './h5-first-view'
import { budgetAtMost, kilobytes, type BenchRow, type MeasureOutcome } from './result'
import { buildTaro } from './taro-build'
import { packageSizes } from './weapp-package'

const BUDGET = 0.05
const WITHOUT = { TRANSPILE_PACKAGES: '0' }

function costRow(measure: string, without: number, withTranspiling: number): BenchRow {
  const share = (withTranspiling - without) / without
  return {
    group: 'Transpiling for iOS 12',
    measure,
    value: `${kilobytes(withTranspiling - without)} (${(share * 100).toFixed(1)} %; ${kilobytes(without)} → ${kilobytes(withTranspiling)})`,
    budget: budgetAtMost(share, BUDGET, '≤ 5 %'),
  }
}

export async function measureTranspileCost(): Promise<MeasureOutcome> {
  const mainOf = (dir: string) => packageSizes(dir).byPackage.get('') ?? 0
  const weappWith = mainOf(buildTaro('weapp').dir)
  const weappWithout = mainOf(buildTaro('weapp', WITHOUT).dir)
  const coverWith = await measureViewBytes(buildTaro('h5').dir)
  const coverWithout = await measureViewBytes(buildTaro('h5', WITHOUT).dir)
  return {
    rows: [costRow('weapp main package', weappWithout, weappWith), costRow('H5 cover, bytes over the wire', coverWithout, coverWith)],
    notes: [
      'Transpiling: weapp and H5 production builds made twice, with and without TRANSPILE_PACKAGES=0 (config/transpiled-packages.ts ' +
        'off: zod, uqr and the router\'s address packages shipped as published); the weapp main package by file sizes, the H5 cover as measured above.',
    ],
  }
}
