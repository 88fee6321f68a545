import { Text, View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { goBack, topBarOffer } from '../../services/page-stack'
import { openCover } from '../page-links'
import { tappable } from '../tappable'
import './index.css'

export interface TopBarProps {
  /** What this page is, shown between the two links (short: the bar is slim) */
  title?: string
  /** Drawn under the bar in the same sticky block, e.g. the section switcher */
  children?: ReactNode
}

/**
 * Every non-tab page's way out (never a dead end): ‹ 返回 to where the reader came
 * from, or ‹ 目录 when the page was opened first; 目录 to the cover. On weapp the
 * native bar stays and only 目录 is added where the stack has no cover.
 */
export function TopBar({ title, children }: TopBarProps) {
  // Read once: the stack under a page does not change while it is on screen.
  const [offer] = useState(topBarOffer)
  const [openedAt] = useState(() => Date.now())
  const coverLink = (label: string, className: string) => (
    <View className={className} role='link' {...tappable} aria-label='目录' onClick={openCover}>
      <Text>{label}</Text>
    </View>
  )
  if (!offer.drawsBar) {
    return (
      <>
        {offer.offersCover ? <View className='top-bar top-bar--native'>{coverLink('‹ 目录', 'top-bar__link')}</View> : null}
        {children}
      </>
    )
  }
  return (
    <>
      <View className='top-bar' role='navigation' aria-label='页面导航'>
        {offer.canGoBack ? (
          <View className='top-bar__link' role='link' {...tappable} aria-label='返回' onClick={() => goBack(openedAt)}>
            <Text>‹ 返回</Text>
          </View>
        ) : (
          coverLink('‹ 目录', 'top-bar__link')
        )}
        <Text className='top-bar__title'>{title ?? ''}</Text>
        {offer.canGoBack ? coverLink('目录', 'top-bar__link top-bar__link--end') : <View className='top-bar__spacer' />}
      </View>
      {children}
    </>
  )
}
