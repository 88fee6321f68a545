/**
 * How the API plugins take a request body: JSON only (any other content type
 * is Fastify's 415), kept as text up to a limit, then parsed by the route so
 * that broken JSON is the contract's 400 bad_json, not Fastify's 500.
 */
import type { FastifyInstance } from 'fastify'

/** Thrown by parseJsonBody; each plugin's error handler answers it with 400 bad_json. */
export class BadJson extends Error {}

export function takeJsonBodiesAsText(app: FastifyInstance, bodyLimit: number): void {
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (_request, body, done) => done(null, body))
}

export function parseJsonBody(body: unknown): unknown {
  if (typeof body !== 'string' || body.trim() === '') throw new BadJson()
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new BadJson()
  }
}
