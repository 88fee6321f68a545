/**
 * The feedback API over HTTP, as a Fastify plugin:
 *   POST /api/feedback                      the shared handler (signin, whoami, mine, submit, cosign)
 *   GET  /api/admin/suggestions             JSON, ?section=&card=&status=&limit=&cursor=
 *   GET  /api/admin/suggestions.csv         the same filters, for Excel
 *   POST /api/admin/suggestions/:id         { status?, answer?, version }
 *   POST /api/admin/delegates/:code/reset   ends the delegate's sessions and WeChat binding
 * Admin routes need `Authorization: Bearer <adminToken>`. What they do lives
 * in src/feedback/desk.ts; these routes only carry it over HTTP.
 *
 * The plugin is encapsulated: its body parser and error handler apply to
 * these routes only, and map every client mistake to a 4xx of the contract.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { exportSuggestions, listSuggestions, resetDelegate, saveSuggestion, type DeskContext } from '../../src/feedback/desk'
import { errorBody, handle, type HandlerContext, type HandlerResult } from '../../src/feedback/handler'
import type { Store } from '../../src/feedback/store'
import type { Roster } from '../../src/feedback/types'
import { adminTokenGuard } from './admin-token-guard'
import { suggestionsCsv } from './csv-export'

export const FEEDBACK_BODY_LIMIT = 16 * 1024

export interface FeedbackRoutesOptions {
  store: Store
  roster: Roster
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

class BadJson extends Error {}

export async function feedbackRoutes(app: FastifyInstance, options: FeedbackRoutesOptions): Promise<void> {
  const { store, roster } = options
  const context = (clientAddress: string): HandlerContext => ({
    roster,
    clientAddress,
    isKnownCardId: options.isKnownCardId,
    now: options.now,
    receiptPrefix: options.receiptPrefix,
  })
  const desk: DeskContext = { store, roster, cardTitle: options.cardTitle, now: options.now }

  // Only JSON is taken (a page on another origin can post a plain form or text
  // without asking first): any other content type is Fastify's 415, answered
  // below as unsupported_media_type. The JSON arrives as text and is parsed
  // here, so broken JSON is our bad_json, not Fastify's 500.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: FEEDBACK_BODY_LIMIT }, (_request, body, done) => {
    done(null, body)
  })

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
    answer(reply, await handle(parseJson(request.body), context(request.ip), store)),
  )

  const adminGuard = await adminTokenGuard(app, options.adminToken)
  await app.register(async (admin) => {
    admin.addHook('onRequest', adminGuard)

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

    admin.post<{ Params: { id: string } }>('/api/admin/suggestions/:id', { bodyLimit: FEEDBACK_BODY_LIMIT }, async (request, reply) =>
      answer(reply, await saveSuggestion(request.params.id, parseJson(request.body), desk)),
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

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') throw new BadJson()
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new BadJson()
  }
}
