/**
 * The rules of the live state, the same on the local server and in the cloud
 * function: what a desk may set (a target of the reading order, or null to
 * end), and how the state changes (a new seq and time per change; setting what
 * is already being read changes nothing, so a double tap sends no event).
 */
import { liveStops, sameTarget, stopIndex, type LiveStop, type OrderedReport } from './reading-order'
import { NO_READING, type LiveState, type LiveTarget, type LiveTargetKind } from './types'

const KINDS: readonly LiveTargetKind[] = ['card', 'section', 'paragraph']
const MAX_ID_LENGTH = 64

export type TargetParse = { ok: true; target: LiveTarget | null } | { ok: false; message: string }

/** The desk's body `{ target }`: a stop of the reading order, or null to end the reading. */
export function parseTargetRequest(body: unknown, stops: readonly LiveStop[]): TargetParse {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('target' in body)) {
    return { ok: false, message: '请指明正在宣读的部分（target），结束宣读请发送 null' }
  }
  const target = (body as { target: unknown }).target
  if (target === null) return { ok: true, target: null }
  if (typeof target !== 'object' || Array.isArray(target)) return { ok: false, message: 'target 须为 {kind, id} 或 null' }
  const { kind, id } = target as { kind?: unknown; id?: unknown }
  if (typeof kind !== 'string' || !KINDS.includes(kind as LiveTargetKind)) {
    return { ok: false, message: 'target.kind 须为 card、section 或 paragraph' }
  }
  if (typeof id !== 'string' || id === '' || id.length > MAX_ID_LENGTH) return { ok: false, message: 'target.id 须为报告中某一部分的编号' }
  const parsed: LiveTarget = { kind: kind as LiveTargetKind, id }
  if (stopIndex(stops, parsed) < 0) return { ok: false, message: `报告中没有这一部分：${kind} ${id}` }
  return { ok: true, target: parsed }
}

/** The state after the desk sets `target`; the same state when it is already being read. */
export function nextLiveState(current: LiveState, target: LiveTarget | null, stops: readonly LiveStop[], now: Date): LiveState {
  if (sameTarget(current.target, target)) return current
  const title = target ? (stops[stopIndex(stops, target)]?.title ?? '') : ''
  return { target, title, seq: current.seq + 1, at: now.toISOString() }
}

/**
 * The live rules bound to one report: what the server and the cloud function
 * hold. `apply` answers `{ ok: false, message }` for a body it refuses.
 */
export function liveRules(report: OrderedReport) {
  const stops = liveStops(report)
  return {
    stops,
    apply(current: LiveState, body: unknown, now: Date): { ok: true; state: LiveState } | { ok: false; message: string } {
      const parsed = parseTargetRequest(body, stops)
      if (!parsed.ok) return parsed
      return { ok: true, state: nextLiveState(current, parsed.target, stops, now) }
    },
  }
}

export { NO_READING }
export { asLiveState } from './wire'
