import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
// ReadingPage first: its CSS must come before the other components' in every page's chunk (weapp CSS order).
import { Heading } from '../../components/heading'

declare const APP_VERSION: string
import { ReadingPage } from '../../components/reading-page'
import { CosignInvitations } from '../../components/cosign-invitations'
import { DeskEntry } from '../../components/desk-entry'
import { MySuggestions } from '../../components/my-suggestions'
import { ReadingProgress } from '../../components/reading-progress'
import { tappable } from '../../components/tappable'
import { TypeSizeControl } from '../../components/type-size-control'
import { findCard } from '../../report/reading-order'
import { report } from '../../report/report'
import { useDelegateProfile } from '../../services/delegate-profile'
import { useMine } from '../../services/mine'
import { useReadingState } from '../../services/reading-state'
import { saveTypeStep, useTypeStep } from '../../services/type-size'
import { bookmarkedCards, progressByPart } from './reading-summary'
import './index.css'

/** A sentence of the report with figures in it, to preview the type size. */
const SAMPLE_SENTENCE =
  findCard(report, 'review-1-2')?.items[0] ?? '有序开展了9轮次全员核酸检测，设置采样点53个，采样台145张。'

function MineSection({ title, children }: PropsWithChildren<{ title: string }>) {
  return (
    <View className='mine-section'>
      <Heading level={2}>
        {title}
      </Heading>
      {children}
    </View>
  )
}

function openCard(id: string) {
  void Taro.navigateTo({ url: `/pages/card/index?id=${encodeURIComponent(id)}` })
}

/** 我的: the reader's suggestions, bookmarks, progress and reading settings. */
export default function MinePage() {
  const { bookmarks, readCards } = useReadingState()
  const mine = useMine()
  const profile = useDelegateProfile()
  const step = useTypeStep()
  const saved = bookmarkedCards(report, bookmarks)
  const { meta } = report

  return (
    <ReadingPage className='mine-page'>
      {profile?.role === '工作人员' && <DeskEntry />}
      {mine.invitations.length > 0 && (
        <MineSection title='附议邀请'>
          <CosignInvitations invitations={mine.invitations} onAnswer={mine.answer} />
        </MineSection>
      )}

      <MineSection title='我的建议'>
        <MySuggestions serverItems={mine.items} notice={mine.notice} unseen={mine.unseen} onRate={mine.rate} />
      </MineSection>

      <MineSection title='收藏'>
        {saved.length === 0 ? (
          <Text className='mine-page__empty'>还没有收藏。阅读卡片时点「收藏」，就能在这里找到。</Text>
        ) : (
          <View className='mine-bookmarks'>
            {saved.map((card) => (
              <View key={card.id} className='mine-bookmark' role='link' {...tappable} onClick={() => openCard(card.id)}>
                <Text className='mine-bookmark__title'>{card.title}</Text>
                <Text className='mine-bookmark__section'>{card.section}</Text>
              </View>
            ))}
          </View>
        )}
      </MineSection>

      <MineSection title='阅读进度'>
        <ReadingProgress parts={progressByPart(report, readCards)} />
      </MineSection>

      <MineSection title='字号'>
        <TypeSizeControl step={step} onChange={saveTypeStep} sample={SAMPLE_SENTENCE} />
      </MineSection>

      <MineSection title='关于'>
        <View className='mine-about'>
          <Text className='mine-about__line'>
            {meta.meeting}《{meta.title}》，{meta.speaker}，{meta.date.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}
          </Text>
          <Text className='mine-about__line'>数据来源：报告全文，按原文整理为卡片，文字未作改动。</Text>
          <Text className='mine-about__line'>牛塘报告 版本 {APP_VERSION}</Text>
        </View>
      </MineSection>
    </ReadingPage>
  )
}
