import { adminPageRoutes } from './admin/routes'
import { buildApp } from './app'
import { readServerConfig } from './config'
import { feedbackRoutes, openFeedback } from './feedback'
import { buildH5, isH5BuildStale } from './h5-build'
import { liveRoutes, openLive } from './live'
import { siteRoutes } from './site-routes'
import { withStaticShell } from './static-shell'

/** `npm start`: build the H5 app when it is missing or stale, then serve it and the API. */
async function start(): Promise<void> {
  const config = readServerConfig()
  if (isH5BuildStale(config.h5Dir)) {
    console.log('H5 构建缺失或已过期，正在构建… (building the H5 app)')
    buildH5(config.h5Dir)
  }
  // The roster and the database open before anything listens: a bad roster stops the start.
  const feedback = await openFeedback({
    dataDir: config.dataDir,
    rosterFile: config.rosterFile,
    officesFile: config.officesFile,
    adminToken: config.adminToken,
  })
  const app = await buildApp({
    h5Dir: config.h5Dir,
    logger: { level: config.logLevel },
    renderPage: withStaticShell,
    registerApi: async (server) => {
      await server.register(feedbackRoutes, feedback)
      await server.register(liveRoutes, openLive({ dataDir: config.dataDir, adminToken: feedback.adminToken, staff: feedback }))
      await server.register(adminPageRoutes)
      await server.register(siteRoutes, { publicUrl: config.publicUrl })
    },
  })
  app.addHook('onClose', async () => feedback.close())
  const address = await app.listen({ port: config.port, host: config.host })
  const url = `${address.replace('127.0.0.1', 'localhost')}/`
  console.log(`牛塘报告 is running at ${url}`)
  console.log(`  data: ${feedback.databaseFile}`)
  console.log(`  secretariat page: ${url}admin/`)
  if (feedback.adminTokenGenerated) {
    console.log(`  ADMIN_TOKEN (made for this run, set ADMIN_TOKEN to keep one): ${feedback.adminToken}`)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0))
    })
  }
}

start().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
