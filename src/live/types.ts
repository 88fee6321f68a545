/**
 * 跟随宣读: what is being read aloud in the hall right now. The same shape
 * travels on every path (the SSE event `now`, GET /api/live/now, the cloud
 * database document, the desk's answer).
 */

export type LiveTargetKind = 'card' | 'section' | 'paragraph'

/** A place in the report: a card id ("review-2-1"), a section id ("review-2") or a passage id ("opening", "review-intro", "plan-closing"). */
export interface LiveTarget {
  kind: LiveTargetKind
  id: string
}

export interface LiveState {
  /** What is being read; null when no reading is on */
  target: LiveTarget | null
  /** What the banner says, e.g. 「二、经济发展保持稳健态势 · 经济运行承压回升」; empty when no reading is on */
  title: string
  /** +1 per change; the SSE event id, so a reconnecting phone can resume after the last one it saw */
  seq: number
  /** When it was set (ISO 8601) */
  at: string
}

/** Before any reading was ever set. */
export const NO_READING: LiveState = { target: null, title: '', seq: 0, at: new Date(0).toISOString() }

/** The server's heartbeat comment on the stream. */
export const HEARTBEAT_MS = 15_000

/** A phone that has heard nothing from the server (event, heartbeat or probe) this long shows no banner. */
export const STALE_AFTER_MS = 60_000

/** On WeChat the state is one cloud database document: collection `live`, _id `now` (read for all, write for none but the cloud function). */
export const LIVE_DOCUMENT = { collection: 'live', id: 'now' } as const
