/**
 * The feedback API over HTTP, as a Fastify plugin:
 *   POST /api/feedback                  the contract of issue 5 (submit, mine, whoami)
 *   GET  /api/admin/suggestions         JSON, ?section=&card=&status=
 *   GET  /api/admin/suggestions.csv     the same filters, for Excel
 *   POST /api/admin/suggestions/:id     { status?, answer? }
 * Admin routes need `Authorization: Bearer <adminToken>`.
 *
 * The plugin is encapsulated: its body parser and error handler apply to
 * these routes only, and map every client mistake to a 4xx of the contract.
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { z } from 'zod'
import { CARD_ID_PATTERN, SECTION_ID_PATTERN, compareCardIds } from '../../src/feedback/card-id'
import { errorBody, handle, type HandlerContext } from '../../src/feedback/handler'
import { chineseErrorMap } from '../../src/feedback/schema'
import { applyStatusChange, parseStatusChange } from '../../src/feedback/status'
import type { Store, SuggestionFilter } from '../../src/feedback/store'
import { SUGGESTION_STATUSES, type Roster, type Suggestion } from '../../src/feedback/types'
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
  const context = (): HandlerContext => ({
    roster,
    isKnownCardId: options.isKnownCardId,
    now: options.now,
    receiptPrefix: options.receiptPrefix,
  })

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

  app.post('/api/feedback', { bodyLimit: FEEDBACK_BODY_LIMIT }, async (request, reply) => {
    const result = await handle(parseJson(request.body), context(), store)
    if (result.status === 429) reply.header('retry-after', '60')
    return reply.code(result.status).send(result.body)
  })

  const adminGuard = await adminTokenGuard(app, options.adminToken)
  await app.register(async (admin) => {
    admin.addHook('onRequest', adminGuard)

    admin.get('/api/admin/suggestions', async (request, reply) => {
      const filter = parseFilter(request.query)
      if (!filter.ok) return reply.code(400).send(errorBody('invalid', { fields: filter.fields }))
      const items = await store.list(filter.value)
      const all = await store.list()
      return {
        items: items.map((s) => adminItem(s, roster, options.cardTitle)),
        total: items.length,
        byCard: countByCard(all, options.cardTitle),
      }
    })

    admin.get('/api/admin/suggestions.csv', async (request, reply) => {
      const filter = parseFilter(request.query)
      if (!filter.ok) return reply.code(400).send(errorBody('invalid', { fields: filter.fields }))
      const csv = suggestionsCsv(await store.list(filter.value), roster, options.cardTitle)
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="suggestions.csv"; filename*=UTF-8''${encodeURIComponent('代表建议.csv')}`)
        .header('cache-control', 'no-store')
        .send(csv)
    })

    admin.post<{ Params: { id: string } }>('/api/admin/suggestions/:id', { bodyLimit: FEEDBACK_BODY_LIMIT }, async (request, reply) => {
      const change = parseStatusChange(parseJson(request.body))
      if (!change.ok) return reply.code(400).send(errorBody('invalid', { fields: change.fields }))
      const current = await store.get(request.params.id)
      if (!current) return reply.code(404).send(errorBody('not_found'))
      const next = applyStatusChange(current, change.value)
      if (!next.ok) {
        return next.code === 'status_backward'
          ? reply.code(409).send(errorBody('status_backward'))
          : reply.code(400).send(errorBody('invalid', { fields: next.fields }))
      }
      const updatedAt = (options.now ?? (() => new Date()))().toISOString()
      const updated = await store.update(current.id, { status: next.status, answer: next.answer, updatedAt })
      if (!updated) return reply.code(404).send(errorBody('not_found'))
      return adminItem(updated, roster, options.cardTitle)
    })
  })
}

function parseJson(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') throw new BadJson()
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new BadJson()
  }
}

const filterSchema = z.object({
  section: z.string().regex(SECTION_ID_PATTERN, '篇章编号不正确').optional(),
  card: z.string().regex(CARD_ID_PATTERN, '卡片编号不正确').optional(),
  status: z.enum(SUGGESTION_STATUSES, { errorMap: () => ({ message: '状态只能是已收到、已交办或已答复' }) }).optional(),
})

function parseFilter(query: unknown): { ok: true; value: SuggestionFilter } | { ok: false; fields: Record<string, string> } {
  // An empty parameter (?status=) means no filter, as a form sends it.
  const raw = Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''))
  const result = filterSchema.safeParse(raw, { errorMap: chineseErrorMap })
  if (!result.success) {
    const fields: Record<string, string> = {}
    for (const issue of result.error.issues) fields[String(issue.path[0] ?? 'query')] ??= issue.message
    return { ok: false, fields }
  }
  const { section, card, status } = result.data
  return { ok: true, value: { section, cardId: card, status } }
}

export type AdminItem = Suggestion & {
  cardTitle: string | null
  delegate: { name: string; delegation: string; role: string } | null
}

function adminItem(s: Suggestion, roster: Roster, cardTitle?: (id: string) => string | undefined): AdminItem {
  const delegate = roster.get(s.delegateCode)
  return {
    ...s,
    cardTitle: cardTitle?.(s.cardId) ?? null,
    delegate: delegate ? { name: delegate.name, delegation: delegate.delegation, role: delegate.role } : null,
  }
}

function countByCard(all: readonly Suggestion[], cardTitle?: (id: string) => string | undefined) {
  const counts = new Map<string, number>()
  for (const s of all) counts.set(s.cardId, (counts.get(s.cardId) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => compareCardIds(a, b))
    .map(([cardId, count]) => ({ cardId, cardTitle: cardTitle?.(cardId) ?? null, count }))
}

