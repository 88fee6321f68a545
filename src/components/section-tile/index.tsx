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
  /** 跟随宣读: the section being read aloud now, or one already read */
  liveMark?: 'reading' | 'read'
}

/** A section on the cover: 一 in a circle, the slogan small, the topic as title, how many cards. */
export function SectionTile({ number, slogan, topic, cardCount, onTap, liveMark }: SectionTileProps) {
  return (
    <View className={`section-tile${liveMark === 'reading' ? ' section-tile--reading' : ''}`} role='link' {...tappable} onClick={onTap}>
      <Text className='section-tile__number' aria-hidden>
        {chineseNumber(number)}
      </Text>
      <View className='section-tile__body'>
        <Text className='section-tile__slogan'>{slogan}</Text>
        <Text className='section-tile__topic'>{topic}</Text>
        {liveMark ? <Text className={`section-tile__live section-tile__live--${liveMark}`}>{liveMark === 'reading' ? '正在宣读' : '已宣读'}</Text> : null}
      </View>
      <Text className='section-tile__count'>{cardCount} 张卡片</Text>
    </View>
  )
}
