import type { Compilation, Compiler } from 'webpack'
import { PAGE_PRELOADS_FILE, type PagePreloads } from './page-preloads-file'

const NAME = 'PreloadCoverChunk'

/** Where the head's first external script or stylesheet tag starts, or -1. */
function firstAppFileTag(html: string): number {
  const head = html.slice(0, html.indexOf('</head>'))
  const found = [/<script[^>]*\ssrc=/, /<link[^>]*rel="?stylesheet/].map((tag) => head.search(tag)).filter((at) => at >= 0)
  return found.length > 0 ? Math.min(...found) : -1
}

/**
 * On H5 the router imports a page's chunk only once the app bundle has run, so
 * the cover waited for app.js, then for its own chunk: one more round trip on
 * a slow phone network (about 0.2 s at the bench's profile). This puts a small
 * inline script in index.html that, when the address is the cover's, preloads
 * the cover page's chunk (JS and CSS) at once, alongside the app bundle. Other
 * addresses (a card from a share) fetch nothing extra. The server allows the
 * script by its hash, like the build's other inline scripts. It also writes
 * page-preloads.json, from which the local server sends the same files (and
 * the app's own) as a Link header (server/page-preloads.ts).
 */
export class PreloadCoverChunk {
  constructor(
    /** The page module, relative to the project, without extension */
    private readonly pageModule: string,
    /** The addresses that open this page */
    private readonly paths: string[],
  ) {}

  apply(compiler: Compiler): void {
    const { Compilation: CompilationClass, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation: Compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin wrote index.html, before the service worker lists the files.
        { name: NAME, stage: CompilationClass.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 1 },
        () => {
          const html = compilation.getAsset('index.html')
          if (!html) return
          const files = this.chunkFiles(compilation)
          if (files.length === 0) throw new Error(`${NAME}: no async chunk holds ${this.pageModule}`)
          const publicPath = String(compilation.outputOptions.publicPath ?? '/').replace(/\/?$/, '/')
          const hrefs = files.map((file) => publicPath + file)
          // ES5 on purpose: it runs first, on every phone we support.
          const script =
            `<script>(function(){if(${JSON.stringify(this.paths)}.indexOf(location.pathname)<0)return;` +
            `${JSON.stringify(hrefs)}.forEach(function(h){var l=document.createElement('link');l.rel='preload';` +
            `l.as=/\\.css$/.test(h)?'style':'script';l.href=h;document.head.appendChild(l)})})()</script>`
          const source = html.source.source().toString()
          // Before the app's stylesheet: an inline script after a stylesheet waits until that
          // has loaded, which held these preloads back by one stylesheet download.
          const at = firstAppFileTag(source)
          if (at < 0) throw new Error(`${NAME}: index.html loads no script or stylesheet in its head`)
          compilation.updateAsset('index.html', new sources.RawSource(source.slice(0, at) + script + source.slice(at)))
          // The same list for the local server, which sends it as a Link header with the page:
          // the browser then fetches the scripts before it has parsed the page's head.
          // Stylesheets first: the page's first paint waits for them, the scripts only run later.
          const entryFiles = [...(compilation.entrypoints.get('app')?.getFiles() ?? [])]
          const entry = [...entryFiles.filter((file) => file.endsWith('.css')), ...entryFiles.filter((file) => file.endsWith('.js'))]
          const preloads: PagePreloads = {
            entry: entry.map((file) => publicPath + file),
            pages: Object.fromEntries(this.paths.map((pagePath) => [pagePath, hrefs])),
          }
          compilation.emitAsset(PAGE_PRELOADS_FILE, new sources.RawSource(`${JSON.stringify(preloads, null, 2)}\n`))
        },
      )
    })
  }

  /** The JS and CSS files of the async chunk that holds the page module. */
  private chunkFiles(compilation: Compilation): string[] {
    const wanted = `/${this.pageModule}.`
    for (const chunk of compilation.chunks) {
      if (chunk.canBeInitial()) continue
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        const resource = (module.nameForCondition() ?? '').split('\\').join('/')
        if (resource.includes(wanted)) return [...chunk.files].filter((file) => /\.(js|css)$/.test(file))
      }
    }
    return []
  }
}
