import { Text, View } from '@tarojs/components'
import { tappable } from '../tappable'
import './index.css'

export interface CardActionsProps {
  bookmarked: boolean
  onBookmark: () => void
  onShare: () => void
  onSuggest: () => void
  /** A visitor from a share is usually not a delegate: 提建议 is there, but not the loudest button */
  quietSuggest?: boolean
}

/** The card page's bottom bar: 收藏 · 分享 · 提建议. */
export function CardActions({ bookmarked, onBookmark, onShare: share, onSuggest, quietSuggest = false }: CardActionsProps) {
  return (
    <View className='card-actions'>
      <View
        className={`card-actions__button${bookmarked ? ' card-actions__button--on' : ''}`}
        role='button' {...tappable}
        aria-pressed={bookmarked}
        onClick={onBookmark}
      >
        <Text aria-hidden className='card-actions__icon'>
          {bookmarked ? '★' : '☆'}
        </Text>
        <Text>{bookmarked ? '已收藏' : '收藏'}</Text>
      </View>
      <View className='card-actions__button' role='button' {...tappable} onClick={share}>
        <Text aria-hidden className='card-actions__icon'>
          ↗
        </Text>
        <Text>分享</Text>
      </View>
      <View
        className={`card-actions__button ${quietSuggest ? 'card-actions__button--quiet' : 'card-actions__button--primary'}`}
        role='button'
        {...tappable}
        onClick={onSuggest}
      >
        <Text>提建议</Text>
      </View>
    </View>
  )
}
