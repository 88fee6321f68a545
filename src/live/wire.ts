/** Reading a live state from the wire or a stored document (the app's side: no report needed). */
import type { LiveState, LiveTargetKind } from './types'

const KINDS: readonly string[] = ['card', 'section', 'paragraph']

/** The state in `value` (extra fields such as a document's _id dropped); null when it is not one. */
export function asLiveState(value: unknown): LiveState | null {
  if (typeof value !== 'object' || value === null) return null
  const { target, title, seq, at } = value as Record<string, unknown>
  if (typeof title !== 'string' || typeof at !== 'string' || typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) return null
  if (target === null) return { target: null, title, seq, at }
  if (typeof target !== 'object' || target === undefined) return null
  const { kind, id } = target as Record<string, unknown>
  if (typeof id !== 'string' || typeof kind !== 'string' || !KINDS.includes(kind)) return null
  return { target: { kind: kind as LiveTargetKind, id }, title, seq, at }
}
