import { buildSync } from 'esbuild'
import type { FastifyInstance } from 'fastify'
import fs from 'node:fs'
import path from 'node:path'

const ADMIN_DIR = __dirname

/** Bundles the admin page's script once per start (small, and always in step with the source). */
function bundleAdminScript(): string {
  const result = buildSync({
    entryPoints: [path.join(ADMIN_DIR, 'admin.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

/**
 * The secretariat's page at /admin/. The page itself is public; every request
 * it makes for data carries the admin token, which the API checks.
 */
export async function adminPageRoutes(app: FastifyInstance): Promise<void> {
  const html = fs.readFileSync(path.join(ADMIN_DIR, 'index.html'), 'utf8')
  const css = fs.readFileSync(path.join(ADMIN_DIR, 'admin.css'), 'utf8')
  const script = bundleAdminScript()
  const noCache = 'no-cache'
  app.get('/admin', async (_request, reply) => reply.redirect('/admin/'))
  app.get('/admin/', async (_request, reply) =>
    reply.header('cache-control', noCache).type('text/html; charset=utf-8').send(html),
  )
  app.get('/admin/admin.css', async (_request, reply) =>
    reply.header('cache-control', noCache).type('text/css; charset=utf-8').send(css),
  )
  app.get('/admin/admin.js', async (_request, reply) =>
    reply.header('cache-control', noCache).type('text/javascript; charset=utf-8').send(script),
  )
}
