/**
 * The report the app shows: the parser's output generated at build time
 * (`npm run report:data`) and committed, so the parser never ships to phones
 * and the first screen needs no parsing. A unit test fails when this file is
 * stale against content/.
 */
import type { Report } from './types'
import generated from './data/report.json'

export const report: Report = generated as Report
