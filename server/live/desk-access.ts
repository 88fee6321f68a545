/**
 * Who may set the live state: the admin token (scripts, the /admin/ page
 * today) or a signed-in staff member (roster role 工作人员), whose session
 * comes as `Authorization: Bearer <session>` or as `session` in the body.
 * One function, so the desk's other ways in are added here and nowhere else.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { staffOfSession } from '../../src/feedback/handler'
import type { Store } from '../../src/feedback/store'
import type { Roster } from '../../src/feedback/types'
import type { AdminGuard } from '../feedback/admin-token-guard'

export interface StaffDirectory {
  store: Pick<Store, 'sessionDelegate'>
  roster: Roster
}

/** True when the session belongs to a staff member of the roster (the desk's own rule, src/feedback). */
export async function isStaffSession(session: string, staff: StaffDirectory): Promise<boolean> {
  return (await staffOfSession(session, staff.store, staff.roster)) !== null
}

function presentedSessions(request: FastifyRequest, body: unknown): string[] {
  const sessions: string[] = []
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
  if (bearer) sessions.push(bearer[1]!)
  if (typeof body === 'object' && body !== null && typeof (body as { session?: unknown }).session === 'string') {
    sessions.push((body as { session: string }).session)
  }
  return sessions
}

/**
 * Lets the request through (resolves true) or answers it (401, or 429 after
 * too many wrong tokens, from the admin token guard) and resolves false.
 */
export async function allowLiveDesk(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  adminGuard: AdminGuard,
  staff: StaffDirectory | undefined,
): Promise<boolean> {
  if (staff) {
    for (const session of presentedSessions(request, body)) if (await isStaffSession(session, staff)) return true
  }
  await adminGuard(request, reply)
  return !reply.sent
}
