import { describe, expect, it } from 'vitest'
import { liveStops } from '../../../src/live/reading-order'
import { asLiveState, liveRules, nextLiveState, parseTargetRequest } from '../../../src/live/rules'
import { NO_READING } from '../../../src/live/types'
import { report } from '../../../src/report/report'

const stops = liveStops(report)
const at = new Date('2026-12-01T09:00:00.000Z')

describe('what the desk may set', () => {
  it('takes a target of the reading order, or null to end', () => {
    expect(parseTargetRequest({ target: { kind: 'card', id: 'review-1-1' } }, stops)).toEqual({ ok: true, target: { kind: 'card', id: 'review-1-1' } })
    expect(parseTargetRequest({ target: null }, stops)).toEqual({ ok: true, target: null })
    expect(parseTargetRequest({ target: { kind: 'paragraph', id: 'review-thanks' } }, stops).ok).toBe(true)
  })

  it.each([
    [undefined, '请指明'],
    [{}, '请指明'],
    [[], '请指明'],
    [{ target: 'review-1-1' }, 'target 须为'],
    [{ target: { kind: 'figure', id: 'review-1-1' } }, 'target.kind'],
    [{ target: { kind: 'card', id: 7 } }, 'target.id'],
    [{ target: { kind: 'card', id: 'x'.repeat(65) } }, 'target.id'],
    [{ target: { kind: 'card', id: 'review-2' } }, '报告中没有这一部分'],
    [{ target: { kind: 'section', id: 'review-9' } }, '报告中没有这一部分'],
  ])('refuses %j with a Chinese message', (body, message) => {
    const parsed = parseTargetRequest(body, stops)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(message)
  })
})

describe('how the state changes', () => {
  it('numbers every change and titles it', () => {
    const started = nextLiveState(NO_READING, { kind: 'paragraph', id: 'opening' }, stops, at)
    expect(started).toEqual({ target: { kind: 'paragraph', id: 'opening' }, title: '开篇', seq: 1, at: at.toISOString() })
    const ended = nextLiveState(started, null, stops, at)
    expect(ended).toEqual({ target: null, title: '', seq: 2, at: at.toISOString() })
  })

  it('changes nothing when the same target is set again', () => {
    const state = nextLiveState(NO_READING, { kind: 'card', id: 'review-1-1' }, stops, at)
    expect(nextLiveState(state, { kind: 'card', id: 'review-1-1' }, stops, new Date())).toBe(state)
    expect(nextLiveState(NO_READING, null, stops, at)).toBe(NO_READING)
  })

  it('applies a desk body through the bound rules', () => {
    const rules = liveRules(report)
    expect(rules.apply(NO_READING, { target: { kind: 'section', id: 'review-2' } }, at)).toMatchObject({ ok: true, state: { seq: 1, title: '二、经济发展保持稳健态势' } })
    expect(rules.apply(NO_READING, { target: { kind: 'section', id: 'nope' } }, at).ok).toBe(false)
  })

  it('reads a state back from the wire or a document, and nothing else', () => {
    const state = { target: { kind: 'card', id: 'review-1-1' }, title: 't', seq: 3, at: at.toISOString() }
    expect(asLiveState(state)).toEqual(state)
    expect(asLiveState({ ...state, _id: 'now' })).toEqual(state)
    expect(asLiveState({ target: null, title: '', seq: 0, at: at.toISOString() })).toMatchObject({ target: null })
    for (const bad of [null, 'x', { ...state, seq: -1 }, { ...state, seq: 1.5 }, { ...state, target: { kind: 'x', id: 'a' } }, { ...state, title: 1 }]) {
      expect(asLiveState(bad)).toBeNull()
    }
  })
})
