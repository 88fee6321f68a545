import { View, Text } from '@tarojs/components'
import type { ReportMeta } from '../../report/types'
import { formatChineseDate } from '../../report/wording'
import './index.css'

export interface ReportCoverProps {
  meta: ReportMeta
}

/** The red band at the top of the cover: title, meeting, date and speaker. */
export function ReportCover({ meta }: ReportCoverProps) {
  return (
    <View className='report-cover'>
      <Text className='report-cover__title'>{meta.title}</Text>
      <Text className='report-cover__meeting'>{meta.meeting}</Text>
      <Text className='report-cover__byline'>
        {formatChineseDate(meta.date)} · {meta.speaker}
      </Text>
    </View>
  )
}
