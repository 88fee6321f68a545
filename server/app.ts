import compress from '@fastify/compress'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import fs from 'node:fs'
import path from 'node:path'
import { loggerOptions, OneLinePerRequest, type LoggerSettings } from './logging'
import { preloadLinkHeader, readPagePreloads, type PagePreloads } from './page-preloads'
import { precompressAssets } from './precompress'
import { pageCsp, registerSecurity } from './security'

export interface AppOptions {
  /** The built H5 app (dist/h5). */
  h5Dir: string
  /** Turns index.html into the page for an address (the static shell); as is by default. */
  renderPage?: (indexHtml: string, url: string) => string
  /** Registers the API routes that need storage (the suggestions). */
  registerApi?: (app: FastifyInstance) => Promise<void>
  /** JSON lines on stdout (pino); off when unset, as in tests that do not read them */
  logger?: LoggerSettings | false
  /** How long a request may take to arrive (default REQUEST_TIMEOUT_MS; tests shorten it). */
  requestTimeoutMs?: number
}

/**
 * A request whose headers or body arrive too slowly (one byte every few
 * seconds, to hold a connection open) is cut off after this long.
 */
export const REQUEST_TIMEOUT_MS = 30_000

/** Hashed file names (name.0123abcd.js, and their .br/.gz) never change content: cache them for a year. */
const HASHED_ASSET = /\.[0-9a-f]{8}\.(js|css|png|svg|jpg|woff2?)(\.br|\.gz)?$/

/**
 * The local server: the H5 app as static files (with an index.html fallback so
 * deep links survive a reload) and the API under /api.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const timeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const app = Fastify({
    logger: options.logger ? loggerOptions(options.logger) : false,
    logController: new OneLinePerRequest(),
    bodyLimit: 16 * 1024,
    // The whole request (headers and body) must arrive within 30 s, and a silent socket is closed after 30 s.
    requestTimeout: timeout,
    connectionTimeout: timeout,
    // Node checks for overdue requests every 30 s by default, which could double the limit.
    http: { headersTimeout: timeout, connectionsCheckingInterval: Math.min(1_000, timeout / 2) },
  })

  await registerSecurity(app)

  // API answers are compressed on the fly; the H5 build's files are sent precompressed.
  await app.register(compress, { global: true, threshold: 512, encodings: ['br', 'gzip'] })

  app.get('/api/health', async () => ({ ok: true }))

  if (options.registerApi) await options.registerApi(app)

  const indexFile = path.join(options.h5Dir, 'index.html')
  const hasH5Build = fs.existsSync(indexFile)
  const renderPage = options.renderPage ?? ((html: string) => html)
  // index.html changes with each build: read it again when its file does.
  let cachedIndex: { mtimeMs: number; html: string; csp: string; preloads: PagePreloads | undefined } = { mtimeMs: -1, html: '', csp: '', preloads: undefined }
  const currentIndex = () => {
    const { mtimeMs } = fs.statSync(indexFile)
    if (mtimeMs !== cachedIndex.mtimeMs) {
      const html = fs.readFileSync(indexFile, 'utf8')
      // The build's own inline scripts are allowed by hash; the rendered shell adds none.
      // The build writes its preload list with index.html.
      cachedIndex = { mtimeMs, html, csp: pageCsp(html), preloads: readPagePreloads(options.h5Dir) }
    }
    return cachedIndex
  }
  const sendPage = (url: string, reply: FastifyReply) => {
    const index = currentIndex()
    const preload = preloadLinkHeader(index.preloads, url)
    if (preload) reply.header('link', preload)
    return reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', index.csp)
      .type('text/html; charset=utf-8')
      .send(renderPage(index.html, url))
  }

  if (hasH5Build) {
    precompressAssets(options.h5Dir)
    app.get('/', async (request, reply) => sendPage(request.url, reply))
    await app.register(fastifyStatic, {
      root: options.h5Dir,
      preCompressed: true,
      wildcard: true,
      // '/' is the page above; /index.html stays the plain file (the service worker caches it).
      index: false,
      cacheControl: false,
      setHeaders(res, filePath) {
        // The plain index.html is what the service worker shows offline: it needs the page's policy too.
        if (path.basename(filePath).startsWith('index.html')) res.setHeader('content-security-policy', currentIndex().csp)
        res.setHeader(
          'cache-control',
          HASHED_ASSET.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
      },
    })
  }

  app.setNotFoundHandler((request, reply) => {
    const isPageRequest =
      (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api/') && hasH5Build && !path.extname(request.url.split('?')[0] ?? '')
    if (isPageRequest) {
      // A deep link such as /pages/card/index?id=review-2-3: the app's router takes it from here.
      return sendPage(request.url, reply)
    }
    return reply.code(404).send({ error: { code: 'not_found' } })
  })

  return app
}
