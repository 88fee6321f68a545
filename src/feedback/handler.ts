/**
 * The one handler behind both the WeChat cloud function and the local HTTP
 * server: `handle(event, context, store)` → `{ status, body }`.
 * Client input never makes it throw; only a failing store does.
 */
import { parseFeedbackRequest, type FeedbackRequest } from './schema'
import type { Store } from './store'
import type { Delegate, MineItem, Receipt, Roster } from './types'

export interface HandlerContext {
  roster: Roster
  /** The sender's WeChat OPENID, present only on the cloud function */
  openid?: string
  /** Which card ids the report has; defaults to the id shape alone */
  isKnownCardId?: (id: string) => boolean
  now?: () => Date
  /** Default NT-2022 */
  receiptPrefix?: string
  /** Default 20 submissions a minute per delegate code */
  rateLimit?: { max: number; windowMs: number }
}

export interface HandlerResult {
  status: number
  body: unknown
}

export const DEFAULT_RATE_LIMIT = { max: 20, windowMs: 60_000 }
export const DEFAULT_RECEIPT_PREFIX = 'NT-2022'

export function formatReceipt(prefix: string, seq: number): string {
  return `${prefix}-${String(seq).padStart(4, '0')}`
}

export function errorBody(code: string, extra: Record<string, unknown> = {}) {
  return { error: { code, ...extra } }
}

export async function handle(event: unknown, context: HandlerContext, store: Store): Promise<HandlerResult> {
  const { roster } = context
  const parsed = parseFeedbackRequest(event, {
    isKnownCardId: context.isKnownCardId,
    isKnownDelegate: (code) => roster.has(code),
  })
  if (!parsed.ok) return { status: 400, body: errorBody('invalid', { fields: parsed.fields }) }

  const request = parsed.value
  const delegate = roster.get(request.delegateCode)
  if (!delegate) return { status: 403, body: errorBody('unknown_delegate') }

  const denied = await checkBinding(request, context.openid, store)
  if (denied) return denied

  switch (request.action) {
    case 'whoami':
      return { status: 200, body: whoami(delegate) }
    case 'mine':
      return { status: 200, body: { items: await mine(request.delegateCode, store) } }
    case 'submit':
      return submit(request, context, store)
  }
}

/**
 * On WeChat a code belongs to the first account that submits with it; other
 * accounts are refused until the secretariat resets the binding. Looking up a
 * name does not bind, so a mistyped code cannot lock its owner out.
 */
async function checkBinding(request: FeedbackRequest, openid: string | undefined, store: Store) {
  if (!openid) return null
  const bound =
    request.action === 'submit'
      ? await store.bindOpenid(request.delegateCode, openid)
      : await store.boundOpenid(request.delegateCode)
  if (bound !== null && bound !== openid) return { status: 403, body: errorBody('bound_elsewhere') }
  return null
}

function whoami({ name, delegation, role }: Delegate) {
  return { name, delegation, role }
}

async function mine(delegateCode: string, store: Store): Promise<MineItem[]> {
  const rows = await store.list({ delegateCode })
  return rows.map(({ id, receipt, title, cardId, status, answer, createdAt }) => ({
    id,
    receipt,
    title,
    cardId,
    status,
    answer,
    createdAt,
  }))
}

async function submit(
  request: Extract<FeedbackRequest, { action: 'submit' }>,
  context: HandlerContext,
  store: Store,
): Promise<HandlerResult> {
  const now = (context.now ?? (() => new Date()))()
  const { max, windowMs } = context.rateLimit ?? DEFAULT_RATE_LIMIT
  const prefix = context.receiptPrefix ?? DEFAULT_RECEIPT_PREFIX
  const { suggestion } = request

  const outcome = await store.insert(
    {
      requestId: request.requestId,
      delegateCode: request.delegateCode,
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
      return { status: 429, body: errorBody('rate_limited') }
    case 'existing':
      // A requestId is the sender's own; someone else's uuid gets nothing back.
      if (outcome.suggestion.delegateCode !== request.delegateCode)
        return { status: 409, body: errorBody('request_conflict') }
      return { status: 200, body: receiptOf(outcome.suggestion) }
    case 'created':
      return { status: 201, body: receiptOf(outcome.suggestion) }
  }
}

function receiptOf({ id, receipt }: Receipt): Receipt {
  return { id, receipt }
}
