/**
 * 跟随宣读 in the cloud function: the live state is one document
 * (`live/now`) that every mini-program watches; only this function writes it
 * (the collection's rule: read for all, write for none).
 *   { action: 'liveNow' }                         → 200 the state (the app's fallback poll)
 *   { action: 'deskLive', target, session? }      → 200 the new state, for a staff member
 *                                                    (a 工作人员's session, or their bound OPENID)
 * The same rules as the local server (src/live/rules.ts); the seq moves in a
 * transaction, so two desks tapping at once still number every change once.
 */
import { errorBody, STAFF_ROLE, staffOfSession, type HandlerResult } from '../../src/feedback/handler'
import type { Store } from '../../src/feedback/store'
import type { Roster } from '../../src/feedback/types'
import type { OrderedReport } from '../../src/live/reading-order'
import { liveRules } from '../../src/live/rules'
import { LIVE_DOCUMENT, NO_READING, type LiveState } from '../../src/live/types'
import { asLiveState } from '../../src/live/wire'
import report from '../../src/report/data/report.json'
import type { CloudDatabase } from './wx-server-sdk'

export const LIVE_ACTIONS = ['liveNow', 'deskLive'] as const
type LiveAction = (typeof LIVE_ACTIONS)[number]

export const isLiveAction = (action: unknown): action is LiveAction => LIVE_ACTIONS.includes(action as LiveAction)

export interface LiveDeskContext {
  db: CloudDatabase
  store: Pick<Store, 'sessionDelegate' | 'codeBoundTo'>
  roster: Roster
  openid?: string
  now?: () => Date
}

const rules = liveRules(report as OrderedReport)

function isMissing(error: unknown): boolean {
  return /not exist|cannot find|does not exist|not found/i.test(String((error as Error)?.message ?? error))
}

async function readState(read: () => Promise<{ data: Record<string, unknown> }>): Promise<LiveState> {
  try {
    return asLiveState((await read()).data) ?? NO_READING
  } catch (error) {
    if (isMissing(error)) return NO_READING
    throw error
  }
}

/** 401 for nobody signed in, 403 for a signed-in delegate, null for a staff member. */
async function refusal(event: Record<string, unknown>, context: LiveDeskContext): Promise<HandlerResult | null> {
  const session = typeof event.session === 'string' ? event.session : ''
  if (session && (await staffOfSession(session, context.store, context.roster))) return null
  const code = context.openid ? await context.store.codeBoundTo(context.openid) : null
  const caller = code ? context.roster.get(code) : undefined
  if (caller?.role === STAFF_ROLE) return null
  return caller || session ? { status: 403, body: errorBody('staff_only') } : { status: 401, body: errorBody('signin_required') }
}

export async function liveAction(event: Record<string, unknown>, context: LiveDeskContext): Promise<HandlerResult> {
  const document = () => context.db.collection(LIVE_DOCUMENT.collection).doc(LIVE_DOCUMENT.id)
  if (event.action === 'liveNow') return { status: 200, body: await readState(() => document().get()) }

  const refused = await refusal(event, context)
  if (refused) return refused
  await context.db.createCollection(LIVE_DOCUMENT.collection).catch((error: unknown) => {
    if (!/duplicate|already exist/i.test(String((error as Error)?.message ?? error))) throw error
  })
  const now = (context.now ?? (() => new Date()))()
  const outcome = await context.db.runTransaction(async (transaction) => {
    const ref = transaction.collection(LIVE_DOCUMENT.collection).doc(LIVE_DOCUMENT.id)
    const current = await readState(() => ref.get())
    const applied = rules.apply(current, event, now)
    if (applied.ok && applied.state.seq !== current.seq) await ref.set({ data: { ...applied.state } })
    return applied
  })
  if (!outcome.ok) return { status: 400, body: errorBody('invalid', { message: outcome.message, fields: { target: outcome.message } }) }
  return { status: 200, body: outcome.state }
}
