/**
 * H5: the live banner (the stream, its rules, the banner) is fetched only
 * once the page has loaded and settled, so the first view of every page is
 * what it was. The mini-program has no async chunks: live-banner-loader.weapp.ts.
 */
import { useEffect, useState, type ComponentType } from 'react'

/** After the load event: long enough for the page's own requests to finish first. */
const AFTER_LOAD_MS = 1_500

let loaded: ComponentType | null = null
let loading: Promise<ComponentType> | null = null

function afterLoad(): Promise<void> {
  return new Promise((resolve) => {
    const wait = () => setTimeout(resolve, AFTER_LOAD_MS)
    if (document.readyState === 'complete') wait()
    else window.addEventListener('load', wait, { once: true })
  })
}

function load(): Promise<ComponentType> {
  loading ??= afterLoad()
    .then(() => import('../components/live-banner'))
    .then((module) => (loaded = module.LiveBanner))
  return loading
}

/** The banner component once it has loaded; null before (and if it fails: reading goes on without it). */
export function useLiveBanner(): ComponentType | null {
  const [banner, setBanner] = useState<ComponentType | null>(() => loaded)
  useEffect(() => {
    if (loaded) return
    let mounted = true
    load().then(
      (component) => mounted && setBanner(() => component),
      () => {},
    )
    return () => {
      mounted = false
    }
  }, [])
  return banner
}
