/**
 * H5: registers the service worker that the production build generates
 * (sw.js, Workbox GenerateSW in config/index.ts). It precaches the app shell
 * and every page's code with the report in it, so a reader who opened the app
 * once in the hall can keep reading with the network off.
 *
 * The WeChat build replaces this file with offline.weapp.ts: a mini-program
 * is offline by nature once loaded.
 */
const SERVICE_WORKER_URL = '/sw.js'

export function registerOfflineReading(): void {
  // Dev builds have no sw.js; browsers without service workers simply read online.
  if (process.env.NODE_ENV !== 'production') return
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const serviceWorker = navigator.serviceWorker

  // A new build's worker takes over at once (skipWaiting + clientsClaim) and drops the
  // old chunks from the cache; reload once so this page does not keep running the old
  // code and ask for chunks that no longer exist. Only when a worker was already in
  // charge: the first install taking control of this page needs no reload.
  let controlled = !!serviceWorker.controller
  let reloading = false
  serviceWorker.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true
      return
    }
    if (reloading) return
    reloading = true
    window.location.reload()
  })

  const register = () => {
    serviceWorker.register(SERVICE_WORKER_URL).catch((error: unknown) => {
      // Reading works without it; say so quietly (a warning, not an error a tester would flag).
      console.warn('offline: the service worker was not registered', error)
    })
  }
  // After the first screen has loaded, so precaching does not compete with it.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
