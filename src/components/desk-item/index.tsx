import { Picker, Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { AdminItem } from '../../feedback/desk'
import type { Office } from '../../feedback/offices'
import { SuggestionStateBadge } from '../suggestion-state-badge'
import { SuggestionTimeline } from '../suggestion-timeline'
import { tappable } from '../tappable'
import './index.css'

export interface DeskItemProps {
  item: AdminItem
  offices: readonly Office[]
  open: boolean
  onToggle: () => void
  /** Saves a desk change against the item's version; resolves null when saved, else what to say */
  onSave: (change: Record<string, unknown>) => Promise<string | null>
}

/** One line of the desk (receipt, title, card, delegate, state, office, days, overdue in red) that opens into the editor. */
export function DeskItem({ item, offices, open, onToggle, onSave }: DeskItemProps) {
  const [office, setOffice] = useState(item.office ?? '')
  const [deadline, setDeadline] = useState(item.deadline ?? '')
  const [answer, setAnswer] = useState(item.answer ?? '')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const names = offices.map((o) => o.name)

  const save = (change: Record<string, unknown>) => {
    if (busy) return
    setBusy(true)
    setMessage(null)
    void onSave(change)
      .then(setMessage)
      .finally(() => setBusy(false))
  }
  const assignVerb = item.status === '重办' ? '重新交办' : item.status === '已交办' ? '改交办' : '交办'

  return (
    <View className={`desk-item${item.overdue ? ' desk-item--overdue' : ''}`} role='listitem'>
      <View className='desk-item__line' role='button' {...tappable} aria-expanded={open} onClick={onToggle}>
        <View className='desk-item__head'>
          <Text className='desk-item__title'>{item.title}</Text>
          <SuggestionStateBadge state={item.status} />
        </View>
        <Text className='desk-item__meta'>
          {item.receipt} · {item.cardTitle ?? item.cardId} · {item.delegate?.name ?? item.delegateCode}
        </Text>
        <Text className='desk-item__meta'>
          {item.office ?? '未交办'} · 已办 {item.daysOpen} 天
          {item.overdue ? ' · ' : ''}
          {item.overdue && <Text className='desk-item__overdue'>已逾期</Text>}
        </Text>
      </View>
      {open && (
        <View className='desk-item__detail'>
          <Text className='desk-item__content'>{item.content}</Text>
          {item.phone && <Text className='desk-item__meta'>电话 {item.phone}</Text>}
          {item.rating && (
            <Text className={item.rating === '不满意' ? 'desk-item__unhappy' : 'desk-item__meta'}>
              代表评价：{item.rating}
              {item.ratingComment ? `，${item.ratingComment}` : ''}
            </Text>
          )}
          {item.status !== '已答复' && (
            <View className='desk-item__editor'>
              <Picker mode='selector' range={names} value={Math.max(0, names.indexOf(office))} onChange={(e) => setOffice(names[Number(e.detail.value)] ?? '')}>
                <View className='desk-item__field' role='button' {...tappable} aria-label='承办单位'>
                  承办单位：{office || '请选择'}
                </View>
              </Picker>
              <Picker mode='date' value={deadline} onChange={(e) => setDeadline(String(e.detail.value))}>
                <View className='desk-item__field' role='button' {...tappable} aria-label='期限'>
                  期限：{deadline || '不设期限'}
                </View>
              </Picker>
              <View className='desk-item__action' role='button' {...tappable} aria-disabled={busy} onClick={() => save({ status: item.status === '重办' ? '重办' : '已交办', office, deadline })}>
                {assignVerb}
              </View>
            </View>
          )}
          {!(item.status === '已答复' && item.rating !== null) && (
            <View className='desk-item__editor'>
              <Textarea className='desk-item__answer' aria-label='答复内容' placeholder='答复内容' value={answer} maxlength={2000} onInput={(e) => setAnswer(e.detail.value)} />
              <View
                className='desk-item__action'
                role='button'
                {...tappable}
                aria-disabled={busy}
                onClick={() => save({ status: '已答复', answer, ...(item.status === '已收到' && office ? { office, deadline } : {}) })}
              >
                {item.status === '已答复' ? '修改答复' : '答复'}
              </View>
            </View>
          )}
          {message && <Text className='desk-item__message'>{message}</Text>}
          <SuggestionTimeline entries={item.timeline} />
        </View>
      )}
    </View>
  )
}
