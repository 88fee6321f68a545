/**
 * H5: is the reader busy with the page right now (scrolling, selecting text,
 * typing)? 跟随宣读 then offers the jump instead of moving. The WeChat build
 * has reader-activity.weapp.ts (scrolling only).
 */
const BUSY_FOR_MS = 2_000

let lastActivityAt = Number.NEGATIVE_INFINITY
let listening = false

export function noteReaderScroll(): void {
  lastActivityAt = Date.now()
}

function listen(): void {
  if (listening || typeof document === 'undefined') return
  listening = true
  const options = { capture: true, passive: true }
  for (const type of ['scroll', 'touchmove', 'wheel']) document.addEventListener(type, noteReaderScroll, options)
}

export function isReaderBusy(): boolean {
  listen()
  if (Date.now() - lastActivityAt < BUSY_FOR_MS) return true
  if (typeof document === 'undefined') return false
  const selection = typeof window.getSelection === 'function' ? window.getSelection() : null
  if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return true
  const focused = document.activeElement as HTMLElement | null
  return !!focused && (focused.tagName === 'INPUT' || focused.tagName === 'TEXTAREA' || focused.isContentEditable)
}

/** Starts noticing activity (call once the page is up, so the first check already knows). */
export function watchReaderActivity(): void {
  listen()
}
