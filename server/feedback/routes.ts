/**
 * The feedback API over HTTP, as a Fastify plugin:
 *   POST /api/feedback                      the shared handler (signin, whoami, mine, submit, cosign, rate, desk*)
 *   GET  /api/admin/suggestions             JSON, ?section=&card=&status=&office=&rating=&overdue=&limit=&cursor=
 *   GET  /api/admin/suggestions/:id         one item with its timeline
 *   GET  /api/admin/suggestions.csv         the same filters, for any spreadsheet
 *   GET  /api/admin/suggestions.xlsx        the same filters, a real Excel workbook
 *   POST /api/admin/suggestions/:id         { status?, office?, deadline?, answer?, version }
 *   POST /api/admin/delegates/:code/reset   ends the delegate's sessions and WeChat binding
 * Admin routes need `Authorization: Bearer <token>`: a staff member's session
 * (roster role 工作人员, signed in with code and pin) or the admin token
 * (scripts). Every change records who made it. What they do lives in
 * src/feedback/desk.ts; these routes only carry it over HTTP.
 *
 * The plugin is encapsulated: its body parser and error handler apply to
 * these routes only, and map every client mistake to a 4xx of the contract.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { exportSuggestions, exportWorkbook, getSuggestion, listSuggestions, resetDelegate, saveSuggestion, type DeskContext } from '../../src/feedback/desk'
import { errorBody, handle, staffOfSession, type HandlerContext, type HandlerResult } from '../../src/feedback/handler'
import type { Offices } from '../../src/feedback/offices'
import type { Store } from '../../src/feedback/store'
import type { Roster } from '../../src/feedback/types'
import { ADMIN_TOKEN_ACTOR, type Actor } from '../../src/feedback/workflow'
import { adminTokenGuard } from './admin-token-guard'
import { suggestionsCsv } from './csv-export'
import { BadJson, parseJsonBody, takeJsonBodiesAsText } from '../json-body'

export const FEEDBACK_BODY_LIMIT = 16 * 1024

export interface FeedbackRoutesOptions {
  store: Store
  roster: Roster
  /** The town's 承办单位 */
  offices: Offices
  adminToken: string
  /** Which card ids the report has; defaults to the id shape alone */
  isKnownCardId?: (cardId: string) => boolean
  /** Card titles for the admin list and the CSV */
  cardTitle?: (cardId: string) => string | undefined
  now?: () => Date
  receiptPrefix?: string
  /** Called when the Fastify instance closes (closes the database) */
  close?: () => void
}


export async function feedbackRoutes(app: FastifyInstance, options: FeedbackRoutesOptions): Promise<void> {
  const { store, roster, offices } = options
  const context = (clientAddress: string): HandlerContext => ({
    roster,
    offices,
    cardTitle: options.cardTitle,
    clientAddress,
    isKnownCardId: options.isKnownCardId,
    now: options.now,
    receiptPrefix: options.receiptPrefix,
  })
  const desk: DeskContext = { store, roster, offices, cardTitle: options.cardTitle, now: options.now }

  // Only JSON is taken (a page on another origin can post a plain form or text
  // without asking first): any other content type is Fastify's 415, answered
  // below as unsupported_media_type. The JSON arrives as text and is parsed
  // here, so broken JSON is our bad_json, not Fastify's 500.
  takeJsonBodiesAsText(app, FEEDBACK_BODY_LIMIT)

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send(errorBody('too_large'))
    if (error instanceof BadJson) return reply.code(400).send(errorBody('bad_json'))
    if (status === 415) return reply.code(415).send(errorBody('unsupported_media_type'))
    if (status >= 400 && status < 500) {
      // Content-length mismatches, empty bodies.
      return reply.code(400).send(errorBody('bad_json'))
    }
    request.log.error(error)
    return reply.code(500).send(errorBody('internal'))
  })

  if (options.close) app.addHook('onClose', async () => options.close!())

  app.post('/api/feedback', { bodyLimit: FEEDBACK_BODY_LIMIT }, async (request, reply) =>
    answer(reply, await handle(parseJsonBody(request.body), context(request.ip), store)),
  )

  const adminGuard = await adminTokenGuard(app, options.adminToken)
  const actors = new WeakMap<FastifyRequest, Actor>()
  /** A staff member's session, else the admin token (whose failures the guard limits). */
  const deskGuard = async (request: FastifyRequest, reply: FastifyReply) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
    const staff = bearer ? await staffOfSession(bearer[1]!, store, roster) : null
    if (staff) {
      actors.set(request, { code: staff.code, kind: 'staff' })
      return
    }
    await adminGuard(request, reply)
    if (!reply.sent) actors.set(request, { code: ADMIN_TOKEN_ACTOR, kind: 'staff' })
  }
  const actorOf = (request: FastifyRequest): Actor => actors.get(request) ?? { code: ADMIN_TOKEN_ACTOR, kind: 'staff' }

  await app.register(async (admin) => {
    admin.addHook('onRequest', deskGuard)

    admin.get('/api/admin/suggestions', async (request, reply) => answer(reply, await listSuggestions(request.query, desk)))

    admin.get('/api/admin/suggestions.csv', async (request, reply) => {
      const matching = await exportSuggestions(request.query, desk)
      if (!matching.ok) return answer(reply, matching.result)
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="suggestions.csv"; filename*=UTF-8''${encodeURIComponent('代表建议.csv')}`)
        .header('cache-control', 'no-store')
        .send(suggestionsCsv(matching.suggestions, roster, options.cardTitle))
    })

    admin.get('/api/admin/suggestions.xlsx', async (request, reply) => {
      const exported = await exportWorkbook(request.query, desk)
      if (!exported.ok) return answer(reply, exported.result)
      const { name, contentType, bytes } = exported.file
      return reply
        .header('content-type', contentType)
        .header('content-disposition', `attachment; filename="suggestions.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store')
        .send(bytes)
    })

    admin.get<{ Params: { id: string } }>('/api/admin/suggestions/:id', async (request, reply) =>
      answer(reply, await getSuggestion(request.params.id, desk)),
    )

    admin.post<{ Params: { id: string } }>('/api/admin/suggestions/:id', { bodyLimit: FEEDBACK_BODY_LIMIT }, async (request, reply) =>
      answer(reply, await saveSuggestion(request.params.id, parseJsonBody(request.body), desk, actorOf(request))),
    )

    admin.post<{ Params: { code: string } }>('/api/admin/delegates/:code/reset', async (request, reply) =>
      answer(reply, await resetDelegate(request.params.code, desk)),
    )
  })
}

/** A handler's or the desk's `{ status, body, headers }` as the HTTP answer. */
function answer(reply: FastifyReply, result: HandlerResult): FastifyReply {
  if (result.headers) reply.headers(result.headers)
  return reply.code(result.status).send(result.body)
}

