/**
 * Everything the live routes need, opened from the data directory:
 *   await server.register(liveRoutes, openLive({ dataDir, adminToken, staff }))
 */
import bundledReport from '../../src/report/data/report.json'
import { liveRules } from '../../src/live/rules'
import type { OrderedReport } from '../../src/live/reading-order'
import type { StaffDirectory } from './desk-access'
import { openLiveStore } from './live-store'
import type { LiveRoutesOptions } from './routes'

export { liveRoutes, type LiveRoutesOptions } from './routes'
export { openLiveStore, LIVE_FILE_NAME } from './live-store'

export interface OpenLiveOptions {
  dataDir: string
  adminToken: string
  staff?: StaffDirectory
  /** The app's report.json by default */
  report?: OrderedReport
  heartbeatMs?: number
  maxStreams?: number
}

export function openLive(options: OpenLiveOptions): LiveRoutesOptions {
  return {
    store: openLiveStore(options.dataDir),
    rules: liveRules(options.report ?? (bundledReport as OrderedReport)),
    adminToken: options.adminToken,
    staff: options.staff,
    heartbeatMs: options.heartbeatMs,
    maxStreams: options.maxStreams,
  }
}
