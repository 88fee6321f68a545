/**
 * page-preloads.json, written beside index.html by the build (preload-cover-chunk.ts)
 * and read by the local server (server/page-preloads.ts), which sends it as a Link header.
 */
export const PAGE_PRELOADS_FILE = 'page-preloads.json'

export interface PagePreloads {
  /** The app's own scripts and stylesheets, in the order index.html loads them */
  entry: string[]
  /** Per page address: its page chunk's files */
  pages: Record<string, string[]>
}
