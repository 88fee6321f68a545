/**
 * Everything the feedback routes need, opened from a data directory:
 *   await app.register(feedbackRoutes, await openFeedback({ dataDir, rosterFile, adminToken }))
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cardIndexOf } from '../../src/feedback/card-index'
import type { Report } from '../../src/report/types'
import bundledReport from '../../src/report/data/report.json'
import type { FeedbackRoutesOptions } from './routes'
import { loadOfficesFile } from './offices'
import { loadRosterFile } from './roster'
import { openSqliteStore, type SqliteStore } from './sqlite-store'

export interface OpenFeedbackOptions {
  /** Where feedback.sqlite lives; created if missing */
  dataDir: string
  /** The roster CSV; the demo roster when unset */
  rosterFile?: string
  /** The offices (承办单位) CSV; content/offices.csv when unset */
  officesFile?: string
  /** When unset, a random token is made and returned in `adminToken` */
  adminToken?: string
  /** Whose cards suggestions may point at; the app's report.json by default */
  report?: Pick<Report, 'parts'>
  /** Overrides the report's ids (tests) */
  isKnownCardId?: (cardId: string) => boolean
  receiptPrefix?: string
}

export interface FeedbackService extends FeedbackRoutesOptions {
  store: SqliteStore
  /** True when the token was made here: print it once at start-up */
  adminTokenGenerated: boolean
  databaseFile: string
  close: () => void
}

export const DATABASE_FILE_NAME = 'feedback.sqlite'

export async function openFeedback(options: OpenFeedbackOptions): Promise<FeedbackService> {
  // The roster first: a malformed one stops the start before any file is made.
  const roster = loadRosterFile(options.rosterFile)
  const offices = loadOfficesFile(options.officesFile)
  const cards = cardIndexOf(options.report ?? (bundledReport as Pick<Report, 'parts'>))
  ensureWritableDataDir(options.dataDir)
  const databaseFile = path.join(options.dataDir, DATABASE_FILE_NAME)
  let store: SqliteStore
  try {
    store = openSqliteStore(databaseFile)
  } catch (error) {
    throw new DataDirError(
      `Cannot open the suggestions database ${databaseFile}: ${reason(error)}. ` +
        'Check that the file is a SQLite database this user may write, or set DATA_DIR to another folder.',
    )
  }
  const adminToken = options.adminToken?.trim() || randomBytes(24).toString('base64url')
  return {
    store,
    roster,
    offices,
    adminToken,
    adminTokenGenerated: !options.adminToken?.trim(),
    databaseFile,
    isKnownCardId: options.isKnownCardId ?? cards.has,
    cardTitle: cards.title,
    receiptPrefix: options.receiptPrefix,
    close: () => store.close(),
  }
}

/** DATA_DIR (default ./data), ROSTER_FILE, OFFICES_FILE, ADMIN_TOKEN. */
export function feedbackOptionsFromEnv(env: Record<string, string | undefined> = process.env): OpenFeedbackOptions {
  return {
    dataDir: env.DATA_DIR || path.resolve('data'),
    rosterFile: env.ROSTER_FILE || undefined,
    officesFile: env.OFFICES_FILE || undefined,
    adminToken: env.ADMIN_TOKEN || undefined,
  }
}

/** A start-up failure about DATA_DIR: the message names the path and what to do. */
export class DataDirError extends Error {
  override name = 'DataDirError'
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code
  const message = error instanceof Error ? error.message : String(error)
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message
}

/**
 * Makes the data folder and proves it takes a file before SQLite is asked to,
 * so a read-only or misplaced DATA_DIR stops the start with its path, not with
 * SQLite's "unable to open database file".
 */
function ensureWritableDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true })
    const probe = path.join(dataDir, `.write-test-${process.pid}`)
    writeFileSync(probe, '')
    rmSync(probe)
  } catch (error) {
    throw new DataDirError(
      `The data folder ${dataDir} (DATA_DIR) cannot be written: ${reason(error)}. ` +
        'Make it writable for this user (e.g. chown or chmod u+w), or set DATA_DIR to a folder that is.',
    )
  }
}
