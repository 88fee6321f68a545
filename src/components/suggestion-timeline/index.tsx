import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '../../feedback/types'
import { formatChineseTime } from '../../report/wording'
import './index.css'

/** One step in the sender's words: who did what. */
function stepText(entry: TimelineEntry): string {
  switch (entry.action) {
    case 'submit':
      return '提交建议'
    case 'assign':
      return `${entry.from === '重办' ? '重新交办' : entry.from === '已交办' ? '改交' : '交办'}${entry.office ?? ''}${entry.deadline ? `，期限${entry.deadline}` : ''}`
    case 'answer':
      return entry.from === '已答复' ? '修改答复' : '答复'
    case 'rate':
      return `评价：${entry.rating ?? ''}${entry.rating === '不满意' ? '，退回重新办理' : ''}${entry.comment ? `（${entry.comment}）` : ''}`
  }
}

/** 办理进度: every step of a suggestion, oldest first. */
export function SuggestionTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <View className='suggestion-timeline' role='list' aria-label='办理进度'>
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className='suggestion-timeline__step' role='listitem'>
          <Text className='suggestion-timeline__time'>{formatChineseTime(Date.parse(entry.at))}</Text>
          <Text className='suggestion-timeline__text'>{stepText(entry)}</Text>
        </View>
      ))}
    </View>
  )
}
