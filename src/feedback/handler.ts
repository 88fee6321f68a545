/**
 * The one handler behind both the WeChat cloud function and the local HTTP
 * server: `handle(event, context, store)` → `{ status, body, headers? }`.
 * Client input never makes it throw; only a failing store does.
 *
 * A delegate signs in with code and pin (`signin` → a session); every other
 * action carries that session. On WeChat the sign-in also binds the caller's
 * OPENID to the code, and later calls from that OPENID need no session.
 */
import { parseFeedbackRequest, feedbackActionOf, normaliseDelegateCode, sessionOf, type FeedbackRequest } from './schema'
import { hashSessionToken, newSessionToken, pinMatches } from './secrets'
import { DEFAULT_SIGN_IN_LIMITS, signInWait, throttleKeys, type SignInLimits } from './sign-in-throttle'
import type { Store } from './store'
import type { Delegate, Invitation, MineItem, NamedCosigner, Receipt, Roster, SignedIn, Suggestion } from './types'

export interface HandlerContext {
  roster: Roster
  /** The sender's WeChat OPENID, present only on the cloud function */
  openid?: string
  /** Where the request comes from, for throttling failed sign-ins (IP on the server; OPENID or IP in the cloud) */
  clientAddress?: string
  /** Which card ids the report has; defaults to the id shape alone */
  isKnownCardId?: (id: string) => boolean
  now?: () => Date
  /** Default NT-2022 */
  receiptPrefix?: string
  /** Default 20 submissions a minute per delegate code */
  rateLimit?: { max: number; windowMs: number }
  /** Default 5 failures per code and 20 per address in 15 minutes */
  signInLimits?: SignInLimits
}

export interface HandlerResult {
  status: number
  body: unknown
  /** HTTP headers the answer needs (retry-after); the cloud function passes them along too */
  headers?: Record<string, string>
}

export const DEFAULT_RATE_LIMIT = { max: 20, windowMs: 60_000 }
export const DEFAULT_RECEIPT_PREFIX = 'NT-2022'

export function formatReceipt(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(4, '0')}`
}

export function errorBody(code: string, extra: Record<string, unknown> = {}) {
  return { error: { code, ...extra } }
}

const SIGNIN_REQUIRED: HandlerResult = { status: 401, body: errorBody('signin_required') }
const BAD_CREDENTIALS: HandlerResult = { status: 401, body: errorBody('bad_credentials') }

export async function handle(event: unknown, context: HandlerContext, store: Store): Promise<HandlerResult> {
  const action = feedbackActionOf(event)
  if (action === null) return invalid({ action: '不支持的操作' })
  if (action === 'signin') return signIn(event, context, store)

  const caller = await authenticate(event, context, store)
  if ('status' in caller) return caller
  const { delegate, tokenHash } = caller

  const parsed = parseFeedbackRequest(event, {
    isKnownCardId: context.isKnownCardId,
    isKnownDelegate: (code) => context.roster.has(code),
    senderCode: delegate.code,
  })
  if (!parsed.ok) return invalid(parsed.fields)
  const request = parsed.value

  switch (request.action) {
    case 'whoami':
      return { status: 200, body: whoami(delegate) }
    case 'mine':
      return { status: 200, body: await mine(delegate.code, context.roster, store) }
    case 'submit':
      return submit(request, delegate, context, store)
    case 'cosign':
      return cosign(request, delegate, context, store)
    case 'signout':
      if (tokenHash) await store.endSession(tokenHash)
      if (context.openid) await store.unbindOpenid(delegate.code)
      return { status: 200, body: { ok: true } }
    case 'signin':
      return invalid({ action: '不支持的操作' }) // handled above
  }
}

function invalid(fields: Record<string, string>): HandlerResult {
  return { status: 400, body: errorBody('invalid', { fields }) }
}

function nowOf(context: HandlerContext): Date {
  return (context.now ?? (() => new Date()))()
}

/**
 * Code and pin → a session. An unknown code and a wrong pin are the same 401
 * and count the same way, so neither the answer nor the throttle tells codes
 * apart. On WeChat a code already bound to another account is refused even
 * with the right pin, until the secretariat resets it.
 */
async function signIn(event: unknown, context: HandlerContext, store: Store): Promise<HandlerResult> {
  const parsed = parseFeedbackRequest(event)
  if (!parsed.ok || parsed.value.action !== 'signin') return invalid(parsed.ok ? { action: '不支持的操作' } : parsed.fields)
  const code = normaliseDelegateCode(parsed.value.delegateCode).slice(0, 32)
  const now = nowOf(context)
  const address = context.clientAddress
  const limits = context.signInLimits ?? DEFAULT_SIGN_IN_LIMITS

  const wait = await signInWait(store, code, address, now, limits)
  if (wait > 0) return { status: 429, body: errorBody('too_many_attempts'), headers: { 'retry-after': String(wait) } }

  const delegate = context.roster.get(code)
  if (!delegate || !pinMatches(parsed.value.pin.trim(), delegate.pin)) {
    await store.recordFailedSignIn(throttleKeys(code, address), now.toISOString())
    return BAD_CREDENTIALS
  }

  if (context.openid) {
    const bound = await store.boundOpenid(code)
    if (bound !== null && bound !== context.openid) return { status: 403, body: errorBody('bound_elsewhere') }
    // One WeChat account, one code: signing in as someone else releases the previous code.
    const previous = await store.codeBoundTo(context.openid)
    if (previous !== null && previous !== code) await store.unbindOpenid(previous)
    if ((await store.bindOpenid(code, context.openid)) !== context.openid) return { status: 403, body: errorBody('bound_elsewhere') }
  }

  const session = newSessionToken()
  await store.createSession(hashSessionToken(session), code, now.toISOString())
  const answer: SignedIn = { session, ...whoami(delegate) }
  return { status: 200, body: answer }
}

type Caller = { delegate: Delegate; tokenHash?: string }

/** The session's delegate, or on WeChat the delegate bound to the caller's OPENID. */
async function authenticate(event: unknown, context: HandlerContext, store: Store): Promise<Caller | HandlerResult> {
  const token = sessionOf(event)
  if (token) {
    const tokenHash = hashSessionToken(token)
    const code = await store.sessionDelegate(tokenHash)
    const delegate = code ? context.roster.get(code) : undefined
    if (delegate) {
      if (context.openid) {
        const bound = await store.boundOpenid(delegate.code)
        if (bound !== null && bound !== context.openid) return { status: 403, body: errorBody('bound_elsewhere') }
      }
      return { delegate, tokenHash }
    }
  }
  if (context.openid) {
    const code = await store.codeBoundTo(context.openid)
    const delegate = code ? context.roster.get(code) : undefined
    if (delegate) return { delegate }
  }
  return SIGNIN_REQUIRED
}

function whoami({ name, delegation, role }: Delegate) {
  return { name, delegation, role }
}

function namedCosigners(s: Suggestion, roster: Roster): NamedCosigner[] {
  return s.cosigners.map(({ code, state }) => ({ code, name: roster.get(code)?.name ?? code, state }))
}

async function mine(code: string, roster: Roster, store: Store): Promise<{ items: MineItem[]; invitations: Invitation[] }> {
  const rows = await store.list({ delegateCode: code })
  const items = rows.map((s) => ({
    id: s.id,
    receipt: s.receipt,
    title: s.title,
    cardId: s.cardId,
    status: s.status,
    answer: s.answer,
    createdAt: s.createdAt,
    cosigners: namedCosigners(s, roster),
  }))
  const invitations = (await store.invitationsFor(code)).map((s) => ({
    suggestionId: s.id,
    receipt: s.receipt,
    title: s.title,
    from: roster.get(s.delegateCode)?.name ?? s.delegateCode,
  }))
  return { items, invitations }
}

async function submit(
  request: Extract<FeedbackRequest, { action: 'submit' }>,
  delegate: Delegate,
  context: HandlerContext,
  store: Store,
): Promise<HandlerResult> {
  const now = nowOf(context)
  const { max, windowMs } = context.rateLimit ?? DEFAULT_RATE_LIMIT
  const prefix = context.receiptPrefix ?? DEFAULT_RECEIPT_PREFIX
  const { suggestion } = request

  const outcome = await store.insert(
    {
      requestId: request.requestId,
      delegateCode: delegate.code,
      title: suggestion.title,
      content: suggestion.content,
      cardId: suggestion.cardId,
      phone: suggestion.phone ?? null,
      cosigners: suggestion.cosigners ?? [],
      createdAt: now.toISOString(),
    },
    {
      receiptFor: (seq) => formatReceipt(prefix, seq),
      limit: { since: new Date(now.getTime() - windowMs).toISOString(), max },
    },
  )

  switch (outcome.kind) {
    case 'rate_limited':
      return { status: 429, body: errorBody('rate_limited'), headers: { 'retry-after': String(Math.ceil(windowMs / 1000)) } }
    case 'existing':
      // A requestId is the sender's own; someone else's uuid gets nothing back.
      if (outcome.suggestion.delegateCode !== delegate.code) return { status: 409, body: errorBody('request_conflict') }
      return { status: 200, body: receiptOf(outcome.suggestion) }
    case 'created':
      return { status: 201, body: receiptOf(outcome.suggestion) }
  }
}

/** An invitee's 附议 / 不附议. Only a listed co-signer may answer; anyone else learns nothing. */
async function cosign(
  request: Extract<FeedbackRequest, { action: 'cosign' }>,
  delegate: Delegate,
  context: HandlerContext,
  store: Store,
): Promise<HandlerResult> {
  const answered = await store.answerInvitation(request.suggestionId, delegate.code, request.accept, nowOf(context).toISOString())
  if (!answered) return { status: 404, body: errorBody('not_found') }
  const state = answered.cosigners.find((c) => c.code === delegate.code)?.state
  return { status: 200, body: { suggestionId: answered.id, receipt: answered.receipt, state } }
}

function receiptOf({ id, receipt }: Receipt): Receipt {
  return { id, receipt }
}
