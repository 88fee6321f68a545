/**
 * What a search result was opened for, handed to the page it opens (kept in
 * memory, so page addresses stay as they are): that page scrolls to the
 * matched sentence and marks it. Taken once.
 */
let pending: { pageId: string; query: string } | undefined

export function rememberSearchHit(pageId: string, query: string): void {
  pending = { pageId, query }
}

/** The query a search result opened this page for, or undefined. */
export function takeSearchHit(pageId: string): string | undefined {
  if (!pending || pending.pageId !== pageId) return undefined
  const { query } = pending
  pending = undefined
  return query
}
