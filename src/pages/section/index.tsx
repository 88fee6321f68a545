import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { CardListItem } from '../../components/card-list-item'
import { openCard, openPage, sectionUrl } from '../../components/page-links'
import { Heading } from '../../components/heading'
import { NotFound } from '../../components/not-found'
import { ReadingPage } from '../../components/reading-page'
import { SectionSwitcher } from '../../components/section-switcher'
import { tappable } from '../../components/tappable'
import { TopBar } from '../../components/top-bar'
import { nextSectionOf, sectionName } from '../../report/reading-position'
import { partShortName } from '../../report/wording'
import { cardMarks } from '../../live/reading-order'
import { report } from '../../report/report'
import { useLiveProgress } from '../../services/live-progress'
import { replacePageAddress } from '../../services/page-address'
import { useReadingState } from '../../services/reading-state'
import './index.css'

function findSection(sectionId: string | undefined) {
  for (const part of report.parts) {
    const section = part.sections.find((candidate) => candidate.id === sectionId)
    if (section) return { part, section }
  }
  return undefined
}

/** A section: its headline, then its cards; the switcher moves across the part in place. */
export default function SectionPage() {
  const router = useRouter()
  const [sectionId, setSectionId] = useState(router.params.id)
  const found = findSection(sectionId)
  const { readCards } = useReadingState()
  // 跟随宣读: 正在宣读 / 已宣读 on the cards.
  const liveMarks = cardMarks(report, useLiveProgress())

  const topic = found?.section.topic
  useEffect(() => {
    if (topic) void Taro.setNavigationBarTitle({ title: topic })
  }, [topic])

  if (!found) return <NotFound title='未找到这一部分' note='链接可能有误，或这一部分已不在报告中。' />
  const { part, section } = found
  const nextSection = nextSectionOf(report, section.id)
  const switchTo = (id: string) => {
    setSectionId(id)
    replacePageAddress(sectionUrl(id))
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  return (
    <ReadingPage className='section-page'>
      <TopBar title={partShortName(part)} />
      <SectionSwitcher sections={part.sections} activeId={section.id} onSwitch={switchTo} />
      <View className='section-page__head'>
        <Text className='section-page__part'>{part.title}</Text>
        <Heading level={1} className='section-page__headline'>
          {section.headline}
        </Heading>
      </View>
      {section.cards.map((card) => (
        <CardListItem
          key={card.id}
          card={card}
          read={readCards.includes(card.id)}
          liveMark={liveMarks.get(card.id)}
          onTap={() => openCard(card.id)}
        />
      ))}
      {nextSection ? (
        <View className='section-page__next'>
          {/* The link says where; the section's name stands beside it (the switcher's link already carries it). */}
          <View className='section-page__next-link' role='link' {...tappable} onClick={() => switchTo(nextSection.section.id)}>
            <Text>{nextSection.part.id === part.id ? '下一节 ›' : `${nextSection.label} ›`}</Text>
          </View>
          <Text className='section-page__next-name'>
            {nextSection.part.id === part.id ? nextSection.label : sectionName(nextSection.section)}
          </Text>
        </View>
      ) : (
        <View className='section-page__next'>
          <View className='section-page__next-link' role='link' {...tappable} onClick={() => openPage('/pages/paragraph/index?id=review-shortcomings')}>
            <Text>报告还有 ›</Text>
          </View>
          <Text className='section-page__next-name'>存在的不足、结束语</Text>
        </View>
      )}
    </ReadingPage>
  )
}
