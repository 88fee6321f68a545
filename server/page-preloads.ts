/**
 * The Link header that sends a page's scripts ahead of the page (issue 10).
 * The build writes page-preloads.json (config/preload-cover-chunk.ts): the
 * app's own files, and per page address its page chunk. Sent with the page,
 * the list lets the browser start those downloads as soon as the headers
 * arrive, instead of once it has parsed the page's head: on a slow phone,
 * the main thread is still busy with the page then.
 */
import fs from 'node:fs'
import path from 'node:path'
import { PAGE_PRELOADS_FILE, type PagePreloads } from '../config/page-preloads-file'

export type { PagePreloads }

/** Only our own hashed files: a path from the build, never anything a header could be bent with. */
const SAFE_FILE = /^\/[\w./-]+\.(js|css)$/

const isFileList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((file) => typeof file === 'string' && SAFE_FILE.test(file))

/** The build's list, or undefined when there is none (a build without it, or one that is not ours). */
export function readPagePreloads(h5Dir: string): PagePreloads | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(h5Dir, PAGE_PRELOADS_FILE), 'utf8'))
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const { entry, pages } = parsed as { entry?: unknown; pages?: unknown }
  if (!isFileList(entry) || typeof pages !== 'object' || pages === null) return undefined
  const pageFiles = Object.entries(pages as Record<string, unknown>).filter((pair): pair is [string, string[]] => isFileList(pair[1]))
  return { entry, pages: Object.fromEntries(pageFiles) }
}

/** The Link header for a page request (its address with or without a query), or undefined. */
export function preloadLinkHeader(preloads: PagePreloads | undefined, url: string): string | undefined {
  if (!preloads) return undefined
  const pathname = url.split(/[?#]/)[0] ?? ''
  const files = [...preloads.entry, ...(Object.prototype.hasOwnProperty.call(preloads.pages, pathname) ? preloads.pages[pathname]! : [])]
  if (files.length === 0) return undefined
  return files.map((file) => `<${file}>; rel=preload; as=${file.endsWith('.css') ? 'style' : 'script'}`).join(', ')
}
