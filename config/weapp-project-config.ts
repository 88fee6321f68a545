import fs from 'node:fs'
import path from 'node:path'

/** The part of Taro's plugin context used here (@tarojs/service is not a direct dependency). */
interface PluginContext {
  paths: { appPath: string; outputPath: string }
  onBuildFinish(listener: (result: { error?: unknown }) => void): void
}

/**
 * Taro copies project.config.json into the weapp output and sets only `miniprogramRoot`
 * to "./". DevTools opens that folder too, so the other roots must be right relative to
 * it: the build itself is the source root, and the cloud functions stay in the repository.
 */
export default (ctx: PluginContext) => {
  ctx.onBuildFinish(({ error }) => {
    if (error || process.env.TARO_ENV !== 'weapp') return
    const file = path.join(ctx.paths.outputPath, 'project.config.json')
    if (!fs.existsSync(file)) return
    const config = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    const cloudRoot = path.relative(ctx.paths.outputPath, path.join(ctx.paths.appPath, 'cloudfunctions'))
    config.srcMiniprogramRoot = './'
    config.cloudfunctionRoot = `${cloudRoot.split(path.sep).join('/')}/`
    fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
  })
}
