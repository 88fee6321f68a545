import { Text, View } from '@tarojs/components'
import './index.css'

export interface PartProgress {
  id: string
  /** e.g. 上半年工作回顾 */
  title: string
  read: number
  total: number
}

export interface ReadingProgressProps {
  parts: readonly PartProgress[]
}

/** Cards read per part, as a bar and 「已读 x / n」. */
export function ReadingProgress({ parts }: ReadingProgressProps) {
  return (
    <View className='reading-progress'>
      {parts.map((part) => {
        const percent = part.total > 0 ? Math.round((part.read / part.total) * 100) : 0
        return (
          <View key={part.id} className='reading-progress__part'>
            <View className='reading-progress__head'>
              <Text className='reading-progress__title'>{part.title}</Text>
              <Text className='reading-progress__count'>
                已读 {part.read} / {part.total}
              </Text>
            </View>
            <View
              className='reading-progress__track'
              role='progressbar'
              aria-label={`${part.title}阅读进度`}
              aria-valuemin={0}
              aria-valuemax={part.total}
              aria-valuenow={part.read}
            >
              <View className='reading-progress__fill' style={{ width: `${percent}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}
