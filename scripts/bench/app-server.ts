/** The real local server (server/start.ts) for a measure, over a fresh temporary DATA_DIR. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startAppServer, type RunningServer } from '../../tests/browser/support/app-server'

export type { RunningServer }

export interface BenchServerOptions {
  /** A built H5 app; when unset, a placeholder page so the server does not build one */
  h5Dir?: string
  rosterFile?: string
}

/**
 * The server rebuilds the H5 app when index.html is older than any source.
 * Others edit the sources while we measure: dating index.html far ahead makes
 * the server serve the build we made instead of starting a new one.
 */
function keepServerFromRebuilding(h5Dir: string): void {
  const farAhead = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000)
  fs.utimesSync(path.join(h5Dir, 'index.html'), farAhead, farAhead)
}

/** A one-line page, for measures of the API alone. */
function placeholderH5Dir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-bench-noh5-'))
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>bench</title>')
  return dir
}

export async function startBenchServer(options: BenchServerOptions = {}): Promise<RunningServer> {
  const h5Dir = options.h5Dir ?? placeholderH5Dir()
  keepServerFromRebuilding(h5Dir)
  const env: Record<string, string> = {
    H5_DIR: h5Dir,
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-bench-data-')),
    ADMIN_TOKEN: 'bench-admin-token',
  }
  if (options.rosterFile) env.ROSTER_FILE = options.rosterFile
  return startAppServer(env)
}
