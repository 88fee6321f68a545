import { Text } from '@tarojs/components'
import type { SuggestionDisplayState } from '../../feedback/suggestion-list'
import './index.css'

const TONE: Record<SuggestionDisplayState, string> = {
  待发送: 'waiting',
  未送达: 'failed',
  已提交: 'sent',
  已收到: 'sent',
  已交办: 'progress',
  已答复: 'done',
  重办: 'progress',
}

/** The state of a suggestion in words (never colour alone). */
export function SuggestionStateBadge({ state }: { state: SuggestionDisplayState }) {
  return <Text className={`suggestion-state suggestion-state--${TONE[state]}`}>{state}</Text>
}
