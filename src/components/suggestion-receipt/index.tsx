import { Text, View } from '@tarojs/components'
import type { OutboxItem } from '../../feedback/outbox'
import { displayStateOf } from '../../feedback/suggestion-list'
import { formatChineseTime } from '../../report/wording'
import { SuggestionStateBadge } from '../suggestion-state-badge'
import { tappable } from '../tappable'
import './index.css'

export interface SuggestionReceiptProps {
  item: OutboxItem
  cardTitle?: string
  onWriteAnother: () => void
  /** For a refused suggestion: back into the form to fix it */
  onEditAgain: () => void
  /** 返回《卡片标题》继续阅读: back to what the suggestion is about */
  onBackToCard?: () => void
}

/** After sending: the receipt number large, or an honest 待发送 while the network is away. */
export function SuggestionReceipt({ item, cardTitle, onWriteAnother, onEditAgain, onBackToCard }: SuggestionReceiptProps) {
  return (
    <View className='suggestion-receipt' aria-live='polite'>
      <SuggestionStateBadge state={displayStateOf(item.state)} />
      {item.state === '已提交' && item.receipt ? (
        <>
          <Text className='suggestion-receipt__lead'>建议已提交，回执编号</Text>
          <Text className='suggestion-receipt__number'>{item.receipt.receipt}</Text>
          <Text className='suggestion-receipt__time'>提交时间 {formatChineseTime(item.sentAt ?? item.queuedAt, { withYear: true })}</Text>
        </>
      ) : item.state === '待发送' ? (
        <>
          <Text className='suggestion-receipt__lead'>网络不稳定，建议已保存，将自动发送</Text>
          <Text className='suggestion-receipt__time'>保存时间 {formatChineseTime(item.queuedAt, { withYear: true })}</Text>
        </>
      ) : (
        <>
          <Text className='suggestion-receipt__lead'>建议未能提交</Text>
          <Text className='suggestion-receipt__error'>{item.error?.message}</Text>
        </>
      )}
      <View className='suggestion-receipt__summary'>
        <Text className='suggestion-receipt__title'>{item.suggestion.title}</Text>
        {cardTitle && <Text className='suggestion-receipt__card'>相关卡片：{cardTitle}</Text>}
      </View>
      <Text className='suggestion-receipt__hint'>可在「我的 → 我的建议」查看办理状态和答复</Text>
      {cardTitle && onBackToCard && item.state !== '未送达' ? (
        <View className='suggestion-receipt__again suggestion-receipt__back' role='button' {...tappable} onClick={onBackToCard}>
          返回《{cardTitle}》继续阅读
        </View>
      ) : null}
      {item.state === '未送达' ? (
        <View className='suggestion-receipt__again' role='button' {...tappable} onClick={onEditAgain}>
          修改后重发
        </View>
      ) : (
        <View className='suggestion-receipt__again' role='button' {...tappable} onClick={onWriteAnother}>
          再提一条建议
        </View>
      )}
    </View>
  )
}
