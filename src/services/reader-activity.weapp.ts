/** WeChat: only page scrolling is seen (the banner passes usePageScroll here); see reader-activity.ts. */
const BUSY_FOR_MS = 2_000

let lastActivityAt = Number.NEGATIVE_INFINITY

export function noteReaderScroll(): void {
  lastActivityAt = Date.now()
}

export function isReaderBusy(): boolean {
  return Date.now() - lastActivityAt < BUSY_FOR_MS
}

export function watchReaderActivity(): void {}
