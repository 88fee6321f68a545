/** Order statistics over raw samples (no interpolation: every figure is a value that was measured). */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no samples to summarise')
  return [...values].sort((a, b) => a - b)
}

/** The p-th percentile by the nearest-rank method (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const ordered = sorted(values)
  const rank = Math.max(1, Math.ceil((p / 100) * ordered.length))
  return ordered[rank - 1]!
}

/** The median; for an even count, the lower of the two middle values' mean. */
export function median(values: readonly number[]): number {
  const ordered = sorted(values)
  const middle = Math.floor(ordered.length / 2)
  return ordered.length % 2 === 1 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2
}
