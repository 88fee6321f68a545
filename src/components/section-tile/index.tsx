import { Text, View } from '@tarojs/components'
import { chineseNumber } from '../../report/wording'
import { tappable } from '../tappable'
import './index.css'

export interface SectionTileProps {
  number: number
  slogan: string
  topic: string
  cardCount: number
  onTap: () => void
}

/** A section on the cover: 一 in a circle, the slogan small, the topic as title, how many cards. */
export function SectionTile({ number, slogan, topic, cardCount, onTap }: SectionTileProps) {
  return (
    <View className='section-tile' role='link' {...tappable} onClick={onTap}>
      <Text className='section-tile__number' aria-hidden>
        {chineseNumber(number)}
      </Text>
      <View className='section-tile__body'>
        <Text className='section-tile__slogan'>{slogan}</Text>
        <Text className='section-tile__topic'>{topic}</Text>
      </View>
      <Text className='section-tile__count'>{cardCount} 张卡片</Text>
    </View>
  )
}
