import { describe, expect, it } from 'vitest'
import { markSeen, unseenIds } from '../../../src/feedback/unseen'

describe("我的's red dot", () => {
  const items = [
    { id: '1', changedAt: '2022-07-15T00:00:00.000Z' },
    { id: '2', changedAt: null },
    { id: '3', changedAt: '2022-07-16T00:00:00.000Z' },
  ]

  it('marks what changed since the last look, never what never changed', () => {
    expect([...unseenIds(items, {})]).toEqual(['1', '3'])
    const seen = markSeen(items)
    expect(seen).toEqual({ 1: '2022-07-15T00:00:00.000Z', 3: '2022-07-16T00:00:00.000Z' })
    expect(unseenIds(items, seen).size).toBe(0)
    // An answer after the last look shows the dot again.
    expect([...unseenIds([{ id: '1', changedAt: '2022-07-20T00:00:00.000Z' }, items[2]!], seen)]).toEqual(['1'])
  })
})
