import { View, Text } from '@tarojs/components'
import type { ReportMeta } from '../../report/types'
import { formatChineseDate } from '../../report/wording'
import { WholeWords } from '../whole-words'
import './index.css'

export interface ReportCoverProps {
  meta: ReportMeta
}

/** The red band at the top of the cover: title, meeting, date and speaker (lines break between words only). */
export function ReportCover({ meta }: ReportCoverProps) {
  return (
    <View className='report-cover'>
      <View className='report-cover__title'>
        <WholeWords text={meta.title} />
      </View>
      <View className='report-cover__meeting'>
        <WholeWords text={meta.meeting} />
      </View>
      <Text className='report-cover__byline'>
        {formatChineseDate(meta.date)} · {meta.speaker}
      </Text>
    </View>
  )
}
