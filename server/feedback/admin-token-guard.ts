/**
 * The admin token check for /api/admin/*, with failed attempts limited per
 * client address by @fastify/rate-limit: after `maxFailures` wrong tokens in
 * the window, that address gets 429 too_many_attempts for every token, the
 * right one included, until the window has passed (otherwise a guesser could
 * still tell a right token from a wrong one).
 */
import rateLimit from '@fastify/rate-limit'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorBody } from '../../src/feedback/handler'

export const ADMIN_TOKEN_FAILURES = { max: 10, windowMs: 15 * 60_000 }

/** Addresses kept at most; older lock-outs are dropped first (they would have expired anyway). */
const MAX_LOCKED_ADDRESSES = 10_000

export type AdminGuard = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>

/**
 * One guard per server and token: the feedback desk and the live desk are
 * separate plugins, and an address must not get 10 wrong tries at each.
 */
const guardsByServer = new WeakMap<object, Map<string, Promise<AdminGuard>>>()

export function adminTokenGuard(
  app: FastifyInstance,
  adminToken: string,
  limits: { max: number; windowMs: number } = ADMIN_TOKEN_FAILURES,
): Promise<AdminGuard> {
  let guards = guardsByServer.get(app.server)
  if (!guards) guardsByServer.set(app.server, (guards = new Map()))
  const key = `${limits.max}/${limits.windowMs}/${adminToken}`
  let guard = guards.get(key)
  if (!guard) guards.set(key, (guard = createAdminTokenGuard(app, adminToken, limits)))
  return guard
}

async function createAdminTokenGuard(
  app: FastifyInstance,
  adminToken: string,
  limits: { max: number; windowMs: number },
): Promise<AdminGuard> {
  if (!app.hasDecorator('createRateLimit')) await app.register(rateLimit, { global: false })
  const countFailure = app.createRateLimit({
    max: limits.max,
    timeWindow: limits.windowMs,
    keyGenerator: (request) => `admin-token:${request.ip}`,
  })
  const lockedUntil = new Map<string, number>()

  const tooMany = (reply: FastifyReply, untilMs: number) =>
    reply
      .code(429)
      .header('retry-after', String(Math.max(1, Math.ceil((untilMs - Date.now()) / 1000))))
      .send(errorBody('too_many_attempts'))

  return async (request, reply) => {
    const until = lockedUntil.get(request.ip)
    if (until !== undefined) {
      if (until > Date.now()) return tooMany(reply, until)
      lockedUntil.delete(request.ip)
    }
    if (hasToken(request, adminToken)) return
    const failure = await countFailure(request)
    if (!failure.isAllowed && failure.isExceeded) {
      const lockEnd = Date.now() + failure.ttl
      if (lockedUntil.size >= MAX_LOCKED_ADDRESSES) lockedUntil.delete(lockedUntil.keys().next().value!)
      lockedUntil.set(request.ip, lockEnd)
      request.log.warn({ ip: request.ip }, 'admin token: too many failed attempts')
      return tooMany(reply, lockEnd)
    }
    return reply.code(401).header('www-authenticate', 'Bearer').send(errorBody('unauthorized'))
  }
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/** A constant-time comparison of the bearer token (hashed first, so lengths do not leak). */
export function hasToken(request: FastifyRequest, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
  return match !== null && timingSafeEqual(sha256(match[1]!), sha256(token))
}
