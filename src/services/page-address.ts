/**
 * H5: keeps the address bar in step with what a page shows after it changed in
 * place (a section switch), so a reload or a copied link opens the same thing.
 * The router's own state is kept. See page-address.weapp.ts.
 */
export function replacePageAddress(url: string): void {
  if (typeof window === 'undefined') return
  window.history.replaceState(window.history.state, '', url)
}
