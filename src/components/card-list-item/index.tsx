import { Text, View } from '@tarojs/components'
import { summaryOf } from '../../report/summary'
import type { Card } from '../../report/types'
import { FigureChip } from '../figure-chip'
import { tappable } from '../tappable'
import './index.css'

export interface CardListItemProps {
  card: Card
  onTap: (card: Card) => void
  /** Marks a card this reader has opened before */
  read?: boolean
  /** 跟随宣读: the card being read aloud now, or one already read aloud */
  liveMark?: 'reading' | 'read'
}

const MAX_CHIPS = 3

/** A card in a section's list: the title, a one-line summary and up to three figures. */
export function CardListItem({ card, onTap, read = false, liveMark }: CardListItemProps) {
  return (
    <View className='card-list-item' role='link' {...tappable} onClick={() => onTap(card)}>
      <View className='card-list-item__head'>
        <Text className='card-list-item__title'>{card.title}</Text>
        {liveMark ? <Text className={`card-list-item__live card-list-item__live--${liveMark}`}>{liveMark === 'reading' ? '正在宣读' : '已宣读'}</Text> : null}
        {read ? <Text className='card-list-item__read'>已读</Text> : null}
      </View>
      <Text className='card-list-item__summary'>{summaryOf(card, 30)}</Text>
      {card.figures.length > 0 ? (
        <View className='card-list-item__figures'>
          {card.figures.slice(0, MAX_CHIPS).map((figure) => (
            <FigureChip key={figure.id} figure={figure} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
