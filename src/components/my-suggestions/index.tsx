import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { mergeSuggestionRows, type SuggestionRow } from '../../feedback/suggestion-list'
import type { MineItem, NamedCosigner, Rating } from '../../feedback/types'
import { formatChineseTime } from '../../report/wording'
import { returnToDraft, suggestionOutbox, useOutboxItems } from '../../services/suggestion-outbox'
import { AnswerRating } from '../answer-rating'
import { NewDot } from '../new-dot'
import { SuggestionStateBadge } from '../suggestion-state-badge'
import { SuggestionTimeline } from '../suggestion-timeline'
import { tappable } from '../tappable'
import './index.css'

async function editAgain(requestId: string): Promise<void> {
  await returnToDraft(requestId)
  void Taro.switchTab({ url: '/pages/suggest/index' })
}

const COSIGNER_STATE_WORDS: Record<NamedCosigner['state'], string> = { invited: '待确认', confirmed: '已附议', declined: '不附议' }

interface RowProps {
  row: SuggestionRow
  changed: boolean
  onRate?: MySuggestionsProps['onRate']
}

function SuggestionRowView({ row, changed, onRate }: RowProps) {
  const handling = row.handling
  return (
    <View className='my-suggestion' role='listitem'>
      <View className='my-suggestion__head'>
        <Text className='my-suggestion__title'>
          {row.title}
          {changed && <NewDot />}
        </Text>
        <SuggestionStateBadge state={row.state} />
      </View>
      <Text className='my-suggestion__meta'>
        {row.receipt ? `回执 ${row.receipt} · ` : ''}
        {formatChineseTime(row.at)}
      </Text>
      {row.cosigners && (
        <Text className='my-suggestion__cosigners'>
          附议：{row.cosigners.map((c) => `${c.name}（${COSIGNER_STATE_WORDS[c.state]}）`).join('、')}
        </Text>
      )}
      {row.state === '待发送' && !row.error && <Text className='my-suggestion__note'>网络恢复后自动发送，无需重复提交</Text>}
      {row.error && <Text className='my-suggestion__error'>{row.state === '待发送' ? row.error : `未能提交：${row.error}`}</Text>}
      {row.answer && (
        <View className='my-suggestion__answer'>
          <Text className='my-suggestion__answer-label'>人大办答复</Text>
          <Text className='my-suggestion__answer-text'>{row.answer}</Text>
        </View>
      )}
      {handling?.rating && (
        <Text className='my-suggestion__note'>
          您的评价：{handling.rating}
          {handling.ratingComment ? `（${handling.ratingComment}）` : ''}
          {row.state === '重办' ? '，已退回重新办理' : ''}
        </Text>
      )}
      {handling?.canRate && onRate && <AnswerRating title={row.title} onRate={(rating, comment) => onRate(handling.id, rating, comment)} />}
      {handling && handling.timeline.length > 0 && <SuggestionTimeline entries={handling.timeline} />}
      {row.state === '未送达' && row.requestId && (
        <View className='my-suggestion__actions'>
          <View
            className='my-suggestion__discard'
            role='button' {...tappable}
            aria-label={`修改后重发：${row.title}`}
            onClick={() => void editAgain(row.requestId!)}
          >
            修改后重发
          </View>
          <View
            className='my-suggestion__discard'
            role='button' {...tappable}
            aria-label={`删除未送达的建议：${row.title}`}
            onClick={() => void suggestionOutbox().remove(row.requestId!)}
          >
            删除
          </View>
        </View>
      )}
    </View>
  )
}

export interface MySuggestionsProps {
  /** What the server reports for the signed-in sender (empty when signed out) */
  serverItems: readonly MineItem[]
  /** Why the server's answer is missing or old, if it is */
  notice: string | null
  /** Suggestion ids that moved since the last look (the red dot) */
  unseen?: ReadonlySet<string>
  /** The sender's 满意度 of an answer; resolves null when saved, else what to say */
  onRate?: (suggestionId: string, rating: Rating, comment: string) => Promise<string | null>
}

/** 我的建议: the sender's suggestions with their honest state, newest first. */
export function MySuggestions({ serverItems, notice, unseen, onRate }: MySuggestionsProps) {
  const outboxItems = useOutboxItems()
  const rows = mergeSuggestionRows(outboxItems, serverItems)
  return (
    <View className='my-suggestions'>
      {notice && <Text className='my-suggestions__notice'>{notice}</Text>}
      {rows.length === 0 ? (
        <Text className='my-suggestions__empty'>还没有提交过建议</Text>
      ) : (
        <View role='list'>
          {rows.map((row) => (
            <SuggestionRowView key={row.key} row={row} changed={row.handling !== undefined && (unseen?.has(row.handling.id) ?? false)} onRate={onRate} />
          ))}
        </View>
      )}
    </View>
  )
}
