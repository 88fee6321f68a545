import { buildApp } from './app'
import { readServerConfig } from './config'
import { buildH5, isH5BuildStale } from './h5-build'

/** `npm start`: build the H5 app when it is missing or stale, then serve it and the API. */
async function start(): Promise<void> {
  const config = readServerConfig()
  if (isH5BuildStale(config.h5Dir)) {
    console.log('H5 构建缺失或已过期，正在构建… (building the H5 app)')
    buildH5(config.h5Dir)
  }
  const app = await buildApp({ h5Dir: config.h5Dir })
  const address = await app.listen({ port: config.port, host: config.host })
  console.log(`牛塘报告 is running at ${address.replace('127.0.0.1', 'localhost')}/`)
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
