import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { tappable } from '../tappable'
import './index.css'

export interface FullScreenSheetProps {
  /** Shown in the bar and given to the dialog as its name */
  title: string
  onClose: () => void
}

/** A task over the whole screen (choose a card, make a poster) with its title and 关闭 always in reach. */
export function FullScreenSheet({ title, onClose, children }: PropsWithChildren<FullScreenSheetProps>) {
  return (
    <View className='full-screen-sheet' role='dialog' aria-label={title}>
      <View className='full-screen-sheet__bar'>
        <Text className='full-screen-sheet__title'>{title}</Text>
        <View className='full-screen-sheet__close' role='button' {...tappable} onClick={onClose}>
          关闭
        </View>
      </View>
      {children}
    </View>
  )
}
