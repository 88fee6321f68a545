import type { FastifyInstance } from 'fastify'

export interface SiteOptions {
  /** The address people outside the hall reach the site at (PUBLIC_URL); undefined when unset */
  publicUrl: string | undefined
}

/**
 * GET /api/site: what the page needs to know about where it is published, read
 * at run time so changing PUBLIC_URL needs a restart, never a rebuild. The
 * poster's QR code points there (src/services/web-origin.ts).
 */
export async function siteRoutes(app: FastifyInstance, options: SiteOptions): Promise<void> {
  app.get('/api/site', async (_request, reply) => {
    reply.header('cache-control', 'no-cache')
    return { publicUrl: options.publicUrl ?? null }
  })
}
