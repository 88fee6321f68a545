import path from 'node:path'
import { normalisePublicUrl } from '../src/poster/public-address'
import { parseLogLevel, type LogLevel } from './logging'

/** Everything the local server reads from its environment, resolved once. */
export interface ServerConfig {
  port: number
  host: string
  /** Where SQLite and other run-time data live (git-ignored). */
  dataDir: string
  /** The built H5 app that is served as static files. */
  h5Dir: string
  /** The secretariat's roster CSV (code,name,delegation,role,pin). */
  rosterFile: string
  /** The offices (承办单位) a suggestion can be handed to, CSV name,kind. */
  officesFile: string
  /** Bearer token for /api/admin/*; generated at start when unset. */
  adminToken: string | undefined
  /** pino's level for the JSON lines on stdout (LOG_LEVEL, default info). */
  logLevel: LogLevel
  /** Where people outside the hall open the site (PUBLIC_URL): the poster's QR code points there. */
  publicUrl: string | undefined
}

export const projectRoot = path.resolve(__dirname, '..')

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 10086 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`)
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || path.join(projectRoot, 'data')),
    h5Dir: path.resolve(env.H5_DIR || path.join(projectRoot, 'dist', 'h5')),
    rosterFile: path.resolve(env.ROSTER_FILE || path.join(projectRoot, 'content', 'roster', 'demo.csv')),
    officesFile: path.resolve(env.OFFICES_FILE || path.join(projectRoot, 'content', 'offices.csv')),
    adminToken: env.ADMIN_TOKEN || undefined,
    logLevel: parseLogLevel(env.LOG_LEVEL),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
  }
}

function readPublicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const url = normalisePublicUrl(raw)
  if (!url) throw new Error(`PUBLIC_URL must be an http(s) address such as https://report.example.cn, got "${raw}"`)
  return url
}
