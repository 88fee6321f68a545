/**
 * H5: Taro's tab bar draws its items as `<a href="javascript:;">` and selects
 * the tab in its own click handler. The server's Content-Security-Policy
 * (no inline script) refuses to run such a URL, and the browser says so as an
 * error on every tab tap. Cancelling the link's default action (the
 * javascript: navigation) leaves Taro's handler to do the work.
 */
export function cancelScriptLinks(): void {
  if (typeof document === 'undefined') return
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null
      const link = target && typeof target.closest === 'function' ? target.closest('a[href]') : null
      if (link && /^\s*javascript:/i.test(link.getAttribute('href') ?? '')) event.preventDefault()
    },
    true,
  )
}
