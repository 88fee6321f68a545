/**
 * Property-based bad input over every field and over the raw body: the server
 * never answers 5xx and never stores a row.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postJson, signIn, startFeedbackApp, submitBody, suggestion, type RunningApp } from './fixtures/feedback-app'

let running: RunningApp
let url: string
let session: string

beforeAll(async () => {
  running = await startFeedbackApp({ delegates: 20 })
  url = `${running.url}/api/feedback`
  session = await signIn(running.url, 'NT0001')
})
afterAll(async () => running.close())

const ROSTER_CODE = /^\s*nt\d{4}\s*$/i
// Control characters, bidi controls and lone surrogates: refused in every text field.
const CONTROL = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\u202a', '\u202e', '\u2066', '\u2069', '\ud800', '\udfff')
const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()))
const codePoints = (s: string) => [...s.trim()].length

/** A line of text broken by construction: too short, too long, or with a control character. */
function brokenText(min: number, max: number, multiline: boolean) {
  const tooShort = fc.string({ maxLength: min - 1, unit: 'grapheme' }).filter((s) => codePoints(s) < min)
  const tooLong = fc.string({ minLength: max + 1, maxLength: max + 40, unit: 'grapheme-composite' }).filter((s) => codePoints(s) > max)
  const control = fc
    .tuple(fc.string({ minLength: min, maxLength: 10 }), multiline ? CONTROL : fc.oneof(CONTROL, fc.constantFrom('\n', '\r', '\t', '\u2028', '\u2029')), fc.string({ minLength: 1, maxLength: 5 }))
    .map(([a, c, b]) => `x${a}${c}${b}x`)
  return fc.oneof(tooShort, tooLong, control, notString)
}

const badField: Record<string, fc.Arbitrary<unknown>> = {
  title: brokenText(4, 50, false),
  content: brokenText(10, 2000, true),
  cardId: fc.oneof(fc.string().filter((s) => !/^(review|plan)-[1-9]\d{0,2}-[1-9]\d{0,2}$/.test(s.trim())), notString),
  phone: fc.oneof(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '' && !/^1[3-9]\d{9}$/.test(s.trim())), fc.integer(), fc.array(fc.string())),
  cosigners: fc.oneof(
    fc.array(fc.constantFrom('NT0002', 'NT0003'), { minLength: 21, maxLength: 30 }),
    fc.constant(['NT0002', 'nt0002']),
    fc.constant(['NT0001']), // the sender
    fc.array(fc.string().filter((s) => !ROSTER_CODE.test(s)), { minLength: 1, maxLength: 3 }),
    fc.string(),
    fc.integer(),
  ),
}

const badTop: Record<string, fc.Arbitrary<unknown>> = {
  action: fc.oneof(fc.string().filter((s) => !['submit', 'mine', 'whoami', 'signin', 'cosign', 'signout'].includes(s)), notString),
  requestId: fc.oneof(fc.string(), notString),
  session: fc.oneof(fc.string(), fc.hexaString({ minLength: 64, maxLength: 64 }), notString),
  suggestion: fc.oneof(notString.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)), fc.string()),
}

/** One field name with one broken value for it. */
function oneBroken(fields: Record<string, fc.Arbitrary<unknown>>) {
  return fc.oneof(...Object.entries(fields).map(([field, value]) => value.map((v) => [field, v] as const)))
}

async function expectRefusedAndNothingStored(response: { status: number }) {
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  expect(await running.service.store.count()).toBe(0)
}

describe('bad input never stores and never fails the server', () => {
  it('over every suggestion field', async () => {
    await fc.assert(
      fc.asyncProperty(oneBroken(badField), async ([field, value]) => {
        const response = await postJson(url, submitBody(session, { suggestion: { ...suggestion, [field]: value } }))
        await expectRefusedAndNothingStored(response)
      }),
      { numRuns: 300 },
    )
  })

  it('over every top-level field', async () => {
    await fc.assert(
      fc.asyncProperty(oneBroken(badTop), async ([field, value]) => {
        const response = await postJson(url, { ...submitBody('NT0001'), [field]: value })
        await expectRefusedAndNothingStored(response)
      }),
      { numRuns: 200 },
    )
  })

  it('over random combinations of broken fields', async () => {
    const brokenSuggestion = fc.record(badField, { requiredKeys: [] }).filter((r) => Object.keys(r).length > 0)
    await fc.assert(
      fc.asyncProperty(brokenSuggestion, async (broken) => {
        const response = await postJson(url, submitBody(session, { suggestion: { ...suggestion, ...broken } }))
        await expectRefusedAndNothingStored(response)
      }),
      { numRuns: 200 },
    )
  })

  it('over the raw body: random bytes, random text, random JSON, any content type', async () => {
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.string({ maxLength: 512, unit: 'binary' }),
      fc.json({ maxDepth: 4 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ action: 'submit', requestId: crypto.randomUUID(), session, suggestion: v })),
      fc.uint8Array({ minLength: 16 * 1024 + 1, maxLength: 20 * 1024 }),
    )
    const contentType = fc.constantFrom('application/json', 'text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=gbk', '')
    await fc.assert(
      fc.asyncProperty(body, contentType, async (payload, type) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: type ? { 'content-type': type } : {},
          body: typeof payload === 'string' ? payload : Buffer.from(payload),
        })
        await response.arrayBuffer()
        await expectRefusedAndNothingStored(response)
      }),
      { numRuns: 300 },
    )
  })

  it('and the server still takes a good submission afterwards', async () => {
    expect((await postJson(url, submitBody(session))).status).toBe(201)
  })
})
