/** H5: the browser tells when the connection comes back. See network-status.weapp.ts. */
export function onNetworkRestored(callback: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  window.addEventListener('online', callback)
  return () => window.removeEventListener('online', callback)
}
