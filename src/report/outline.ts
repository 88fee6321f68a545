/**
 * What the cover shows, generated from the report at build time
 * (`npm run report:data` → data/outline.json; a unit test fails when stale).
 * The cover imports only this module: a few KB instead of the whole report.
 */
import generated from './data/outline.json'
import type { ReportOutline } from './outline-build'

export type { HighlightFigure, PartOutline, ReportOutline, SectionTile } from './outline-build'

export const reportOutline: ReportOutline = generated as ReportOutline
