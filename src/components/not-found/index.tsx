import { Text, View } from '@tarojs/components'
import { Heading } from '../heading'
import { openCover } from '../page-links'
import { ReadingPage } from '../reading-page'
import { tappable } from '../tappable'
import './index.css'

export interface NotFoundProps {
  /** e.g. 未找到这张卡片 */
  title: string
  note: string
}

/** A link that leads nowhere: say so plainly and lead back to the cover (never a dead end). */
export function NotFound({ title, note }: NotFoundProps) {
  return (
    <ReadingPage>
      <View className='not-found'>
        <Heading level={1}>{title}</Heading>
        <Text className='not-found__note'>{note}</Text>
        <View className='not-found__back' role='link' {...tappable} onClick={openCover}>
          <Text>回到报告首页</Text>
        </View>
      </View>
    </ReadingPage>
  )
}
