/**
 * The weapp check builds what it checks before any test file runs: the weapp
 * build into a fresh temporary folder (TARO_OUTPUT_DIR), and the H5 build the
 * browser tests use (H5_DIR, rebuilt only when stale), whose scripts face the
 * same syntax floor. WEAPP_DIR reuses a build you made yourself (faster locally).
 */
import fs from 'node:fs'
import type { TestProject } from 'vitest/node'
import { buildTaro } from '../../../scripts/bench/taro-build'
import { buildH5, isH5BuildStale } from '../../../server/h5-build'
import { readServerConfig } from '../../../server/config'

declare module 'vitest' {
  export interface ProvidedContext {
    weappDir: string
    h5Dir: string
  }
}

export default function setup(project: TestProject): () => void {
  const given = process.env.WEAPP_DIR
  const reuse = Boolean(given && fs.existsSync(`${given}/app.json`))
  const weappDir = reuse ? given! : buildTaro('weapp').dir
  const { h5Dir } = readServerConfig()
  if (isH5BuildStale(h5Dir)) buildH5(h5Dir)
  project.provide('weappDir', weappDir)
  project.provide('h5Dir', h5Dir)
  return () => {
    if (!reuse) fs.rmSync(weappDir, { recursive: true, force: true })
  }
}
