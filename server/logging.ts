/**
 * The server's log: Fastify's own logger (pino), JSON lines on stdout.
 * One line per request (id, method, route, status, ms) and every error with
 * its stack. Secrets never reach the log: pins, sessions and tokens are
 * redacted wherever they appear (headers, bodies, query strings).
 */
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

const REDACTED = '[redacted]'

/** Field names whose values are secret wherever they appear. */
const SECRET_KEYS = ['pin', 'session', 'token', 'adminToken', 'authorization', 'cookie', 'password']

const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  ...SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
]

/** Query parameters with these names (any case) are blanked in logged URLs: the slip's QR carries the pin. */
const SECRET_QUERY = new RegExp(`([?&](?:${SECRET_KEYS.join('|')})=)[^&#]*`, 'gi')

export function redactUrl(url: string): string {
  return url.replace(SECRET_QUERY, `$1${REDACTED}`)
}

export interface LoggerSettings {
  level: LogLevel
  /** Where the lines go (stdout by default); tests pass a stream to read them. */
  stream?: { write(line: string): void }
}

export function loggerOptions(settings: LoggerSettings): FastifyServerOptions['logger'] {
  return {
    level: settings.level,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({ method: request.method, url: redactUrl(request.url) }),
    },
    ...(settings.stream ? { stream: settings.stream } : {}),
  }
}

/**
 * Fastify's own log lines, one per request: its "incoming request" line is
 * dropped and "request completed" carries the method, address (secrets
 * blanked), route, status and milliseconds. Error lines (with their stack)
 * stay as Fastify writes them.
 */
export class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: redactUrl(request.url),
      route: request.routeOptions.url ?? null,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    }
    if (error) reply.log.error({ ...line, err: error }, 'request')
    else reply.log.info(line, 'request')
  }
}

export function parseLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info'
  const level = value.trim().toLowerCase()
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${value}"`)
  }
  return level as LogLevel
}
