import { View } from '@tarojs/components'
import { useEffect, type PropsWithChildren } from 'react'
import { useLiveBanner } from '../../services/live-banner-loader'
import { applyTypeStepToRoot } from '../../services/type-step-root'
import { useTypeStep } from '../../services/type-size'
import './index.css'

export interface ReadingPageProps {
  className?: string
}

/**
 * Every page's root: applies the reader's type size (a class that sets
 * --nt-body, which all text sizes derive from) and the page background.
 */
export function ReadingPage({ className, children }: PropsWithChildren<ReadingPageProps>) {
  const step = useTypeStep()
  // The tab bar (H5) lives outside the page: it reads the step from <html>.
  useEffect(() => applyTypeStepToRoot(step), [step])
  // 跟随宣读: loaded after the page (on H5 its own chunk), so the first view is untouched.
  const LiveBanner = useLiveBanner()
  return (
    <View className={`reading-page type-step-${step}${className ? ` ${className}` : ''}`}>
      {LiveBanner ? <LiveBanner /> : null}
      {children}
    </View>
  )
}
