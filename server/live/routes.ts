/**
 * 跟随宣读 over HTTP, as a Fastify plugin:
 *   GET  /api/live         Server-Sent Events: `now` {target, title, seq, at} on connect and per change
 *                          (id = seq; Last-Event-ID resumes after it), a heartbeat comment every 15 s
 *   GET  /api/live/now     the same state as JSON (first paint, fallback)
 *   POST /api/admin/live   { target } from the desk (admin token or a staff session) → the new state
 */
import type { FastifyError, FastifyInstance } from 'fastify'
import { errorBody } from '../../src/feedback/handler'
import type { liveRules } from '../../src/live/rules'
import { HEARTBEAT_MS } from '../../src/live/types'
import { adminTokenGuard } from '../feedback/admin-token-guard'
import { allowLiveDesk, type StaffDirectory } from './desk-access'
import type { LiveStore } from './live-store'
import { createLiveStreams } from './live-stream'
import { BadJson, parseJsonBody, takeJsonBodiesAsText } from '../json-body'

export interface LiveRoutesOptions {
  store: LiveStore
  rules: ReturnType<typeof liveRules>
  adminToken: string
  /** Staff sessions that may set the state (the feedback store and roster) */
  staff?: StaffDirectory
  /** Tests shorten it */
  heartbeatMs?: number
  /** Streams open at once at most; beyond that 503 with retry-after (a hall has hundreds of phones, not tens of thousands) */
  maxStreams?: number
  now?: () => Date
}

export const DEFAULT_MAX_STREAMS = 5_000
const DESK_BODY_LIMIT = 4 * 1024


export async function liveRoutes(app: FastifyInstance, options: LiveRoutesOptions): Promise<void> {
  const { store, rules } = options
  const streams = createLiveStreams(options.heartbeatMs ?? HEARTBEAT_MS)
  const maxStreams = options.maxStreams ?? DEFAULT_MAX_STREAMS
  const now = options.now ?? (() => new Date())
  // Open streams would keep close() waiting for ever.
  app.addHook('preClose', async () => streams.endAll())

  takeJsonBodiesAsText(app, DESK_BODY_LIMIT)
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof BadJson) return reply.code(400).send(errorBody('bad_json', { message: '请求内容不是有效的 JSON' }))
    const status = error.statusCode ?? 500
    if (status === 413) return reply.code(413).send(errorBody('too_large'))
    if (status === 415) return reply.code(415).send(errorBody('unsupported_media_type'))
    if (status >= 400 && status < 500) return reply.code(400).send(errorBody('bad_json', { message: '请求内容不是有效的 JSON' }))
    request.log.error(error)
    return reply.code(500).send(errorBody('internal'))
  })

  app.get<{ Querystring: { lastEventId?: string } }>('/api/live', (request, reply) => {
    if (streams.count() >= maxStreams) {
      return reply.code(503).header('retry-after', '10').send(errorBody('too_many_listeners', { message: '收听人数已满，请稍后再试' }))
    }
    // EventSource sends Last-Event-ID when it reconnects by itself; the app's own reconnect passes ?lastEventId=.
    const afterSeq = lastEventId(request.headers['last-event-id'] ?? request.query.lastEventId)
    const current = store.current()
    // Every connection starts with a `now`: the changes missed since Last-Event-ID (the last is the current
    // state), or the current state alone (nothing missed, an unknown id, or none given).
    const missed = afterSeq === null ? null : store.changesAfter(afterSeq)
    const first = missed && missed.length > 0 ? missed : [current]
    reply.hijack()
    // Headers set on the reply so far (security hooks) travel with the hijacked response.
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value)
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      // Proxies must not buffer the stream.
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    })
    streams.add(reply.raw, first)
    request.log.info({ streams: streams.count() }, 'live: stream opened')
  })

  app.get('/api/live/now', async () => store.current())

  const adminGuard = await adminTokenGuard(app, options.adminToken)
  app.post('/api/admin/live', { bodyLimit: DESK_BODY_LIMIT }, async (request, reply) => {
    const body = parseJsonBody(request.body)
    if (!(await allowLiveDesk(request, reply, body, adminGuard, options.staff))) return reply
    const applied = rules.apply(store.current(), body, now())
    if (!applied.ok) return reply.code(400).send(errorBody('invalid', { message: applied.message, fields: { target: applied.message } }))
    if (applied.state.seq !== store.current().seq) {
      store.save(applied.state)
      streams.broadcast(applied.state)
    }
    return applied.state
  })
}

function lastEventId(value: unknown): number | null {
  const text = Array.isArray(value) ? value[0] : value
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text.trim())) return null
  return Number(text.trim())
}

