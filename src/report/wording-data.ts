/**
 * How the app names the report (town, period, part names, share and poster
 * titles), generated from the report at build time (`npm run report:data` →
 * data/wording.json; a unit test fails when stale). A few hundred bytes: any
 * page may import it.
 */
import generated from './data/wording.json'
import type { ReportWording } from './report-wording'

export type { PartWording, ReportWording } from './report-wording'

export const reportWording: ReportWording = generated as ReportWording
