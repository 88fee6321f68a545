import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
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
  return <View className={`reading-page type-step-${step}${className ? ` ${className}` : ''}`}>{children}</View>
}
