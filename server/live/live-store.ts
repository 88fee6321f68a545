/**
 * The current live state of the local server, kept in DATA_DIR/live.json so
 * a restart keeps the reading and its seq (phones resume after the last seq
 * they saw), and the last changes in memory for a Last-Event-ID resume.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { asLiveState } from '../../src/live/rules'
import { NO_READING, type LiveState } from '../../src/live/types'

export const LIVE_FILE_NAME = 'live.json'

/** Changes kept for resuming; a phone further behind gets the current state alone. */
const RECENT_CHANGES = 256

export interface LiveStore {
  current(): LiveState
  /** Stores a new state durably (the file is replaced whole, so a crash leaves the old or the new one). */
  save(state: LiveState): void
  /** The changes after `seq`, oldest first; null when they are not all known (too old, or from before a reset). */
  changesAfter(seq: number): LiveState[] | null
  file: string
}

export function openLiveStore(dataDir: string): LiveStore {
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, LIVE_FILE_NAME)
  let state = readState(file)
  const recent: LiveState[] = []

  return {
    file,
    current: () => state,
    save(next) {
      const temporary = `${file}.${process.pid}.tmp`
      writeFileSync(temporary, JSON.stringify(next))
      renameSync(temporary, file)
      state = next
      recent.push(next)
      if (recent.length > RECENT_CHANGES) recent.shift()
    },
    changesAfter(seq) {
      if (seq === state.seq) return []
      if (seq > state.seq) return null
      const first = recent[0]
      // Every change after seq must still be in memory: the one right after it included.
      if (!first || first.seq > seq + 1) return null
      return recent.filter((change) => change.seq > seq)
    },
  }
}

function readState(file: string): LiveState {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_READING
    throw error
  }
  try {
    const stored = asLiveState(JSON.parse(text))
    if (stored) return stored
  } catch {
    // fall through: a damaged file is reported below
  }
  console.warn(`live: ${file} is not a live state; starting with no reading`)
  return NO_READING
}
