/** WeChat: bundled with the pages, shown once the page has mounted (see live-banner-loader.ts for H5). */
import { useEffect, useState, type ComponentType } from 'react'
import { LiveBanner } from '../components/live-banner'

export function useLiveBanner(): ComponentType | null {
  const [banner, setBanner] = useState<ComponentType | null>(null)
  useEffect(() => {
    // After the page's first render: its first view is drawn before the watch opens.
    const timer = setTimeout(() => setBanner(() => LiveBanner), 0)
    return () => clearTimeout(timer)
  }, [])
  return banner
}
