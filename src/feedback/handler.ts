/**
 * The one handler behind both the WeChat cloud function and the local HTTP
 * server: `handle(event, context, store)` → `{ status, body, headers? }`.
 * Client input never makes it throw; only a failing store does.
 *
 * A delegate signs in with code and pin (`signin` → a session); every other
 * action carries that session. On WeChat the sign-in also binds the caller's
 * OPENID to the code, and later calls from that OPENID need no session.
 *
 * Staff (roster role 工作人员) sign in the same way; their session (or bound
 * OPENID) also opens the desk actions (deskList, deskGet, deskUpdate,
 * deskExport, deskReset: src/feedback/desk.ts), so the cloud function runs the
 * same desk as the local server's /api/admin/*.
 */
import { exportWorkbook, getSuggestion, listSuggestions, refusalResult, resetDelegate, saveSuggestion, type DeskContext, type ExportFile } from './desk'
import type { Offices } from './offices'
import { parseFeedbackRequest, feedbackActionOf, normaliseDelegateCode, sessionOf, type DeskAction, type FeedbackRequest } from './schema'
import { hashSessionToken, newSessionToken, pinMatches } from './secrets'
import { DEFAULT_SIGN_IN_LIMITS, signInWait, throttleKeys, type SignInLimits } from './sign-in-throttle'
import type { Store } from './store'
import type { Delegate, Invitation, MineItem, NamedCosigner, Receipt, Roster, SignedIn, Suggestion, TimelineEntry } from './types'
import { applyMove, lastChangeForSender, parseRating, timelineOf } from './workflow'
import { reportWording } from '../report/wording-data'

export const STAFF_ROLE = '工作人员'

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
  /** The town's 承办单位; without them the desk actions are not offered */
  offices?: Offices
  /** Card titles for the desk */
  cardTitle?: (cardId: string) => string | undefined
  /** Told of each 交办 and 答复 (the cloud function's subscription notice) */
  notify?: DeskContext['notify']
  /** Where deskExport puts the file (cloud storage); without it the answer carries the file as base64 */
  saveExport?: (file: ExportFile) => Promise<Record<string, unknown>>
}

export interface HandlerResult {
  status: number
  body: unknown
  /** HTTP headers the answer needs (retry-after); the cloud function passes them along too */
  headers?: Record<string, string>
}

export const DEFAULT_RATE_LIMIT = { max: 20, windowMs: 60_000 }
/** The place's letters and the report's year (NT-2022), from the report (src/report/wording-data.ts). */
export const DEFAULT_RECEIPT_PREFIX = reportWording.receiptPrefix

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
    case 'rate':
      return rate(request, delegate, context, store)
    case 'deskList':
    case 'deskGet':
    case 'deskUpdate':
    case 'deskExport':
    case 'deskReset':
      return desk(request.action, request.body, delegate, context, store)
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

/** The staff member (roster role 工作人员) a session belongs to, or null: what opens the desk over HTTP. */
export async function staffOfSession(session: string, store: Pick<Store, 'sessionDelegate'>, roster: Roster): Promise<Delegate | null> {
  if (!sessionOf({ session })) return null
  const code = await store.sessionDelegate(hashSessionToken(session))
  const delegate = code ? roster.get(code) : undefined
  return delegate?.role === STAFF_ROLE ? delegate : null
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

/** The sender's view of a suggestion: state, answer, rating and the timeline (who at the desk: 人大办, not a code). */
function mineItem(s: Suggestion, roster: Roster): MineItem {
  return {
    id: s.id,
    receipt: s.receipt,
    title: s.title,
    cardId: s.cardId,
    status: s.status,
    answer: s.answer,
    createdAt: s.createdAt,
    cosigners: namedCosigners(s, roster),
    office: s.office,
    deadline: s.deadline,
    answeredAt: s.answeredAt,
    rating: s.rating,
    ratingComment: s.ratingComment,
    timeline: timelineOf(s).map((entry): TimelineEntry => (entry.by === s.delegateCode ? entry : { ...entry, by: '人大办' })),
    changedAt: lastChangeForSender(s),
    canRate: s.status === '已答复' && s.rating === null,
  }
}

async function mine(code: string, roster: Roster, store: Store): Promise<{ items: MineItem[]; invitations: Invitation[] }> {
  const rows = await store.list({ delegateCode: code })
  const items = rows.map((s) => mineItem(s, roster))
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

/**
 * The sender's 满意度 of an answer: only theirs, only once per answer;
 * 不满意 sends it into 重办. A desk save in between is 409 stale (read again).
 */
async function rate(
  request: Extract<FeedbackRequest, { action: 'rate' }>,
  delegate: Delegate,
  context: HandlerContext,
  store: Store,
): Promise<HandlerResult> {
  const rating = parseRating({ rating: request.rating, comment: request.comment })
  if (!rating.ok) return invalid(rating.fields)
  const current = await store.get(request.suggestionId)
  // Someone else's suggestion is as unknown as a missing one.
  if (!current || current.delegateCode !== delegate.code) return { status: 404, body: errorBody('not_found') }
  const now = nowOf(context)
  const moved = applyMove(current, { kind: 'rate', ...rating.value }, {
    actor: { code: delegate.code, kind: 'delegate' },
    owner: current.delegateCode,
    offices: context.offices ?? { list: [], has: () => false },
    now,
  })
  if (!moved.ok) return refusalResult(moved.refusal)
  const outcome = await store.update(current.id, { ...moved.handling, updatedAt: now.toISOString() }, current.version)
  if (outcome.kind === 'missing') return { status: 404, body: errorBody('not_found') }
  if (outcome.kind === 'stale') return { status: 409, body: { ...errorBody('stale'), current: mineItem(outcome.current, context.roster) } }
  return { status: 200, body: mineItem(outcome.suggestion, context.roster) }
}

/** A desk action from a signed-in staff member (工作人员); anyone else gets 403 staff_only. */
async function desk(action: DeskAction, body: Record<string, unknown>, caller: Delegate, context: HandlerContext, store: Store): Promise<HandlerResult> {
  if (caller.role !== STAFF_ROLE) return { status: 403, body: errorBody('staff_only') }
  if (!context.offices) return { status: 503, body: errorBody('desk_unavailable') }
  const deskContext: DeskContext = { store, roster: context.roster, offices: context.offices, cardTitle: context.cardTitle, now: context.now, notify: context.notify }
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  switch (action) {
    case 'deskList':
      return listSuggestions(body.query ?? {}, deskContext)
    case 'deskGet':
      return getSuggestion(text(body.id), deskContext)
    case 'deskUpdate':
      return saveSuggestion(text(body.id), body.change, deskContext, { code: caller.code, kind: 'staff' })
    case 'deskReset':
      return resetDelegate(text(body.delegateCode), deskContext)
    case 'deskExport': {
      const exported = await exportWorkbook(body.query ?? {}, deskContext)
      if (!exported.ok) return exported.result
      const { name, contentType, bytes } = exported.file
      if (context.saveExport) return { status: 200, body: { name, contentType, ...(await context.saveExport(exported.file)) } }
      return { status: 200, body: { name, contentType, base64: bytes.toString('base64') } }
    }
  }
}

function receiptOf({ id, receipt }: Receipt): Receipt {
  return { id, receipt }
}
