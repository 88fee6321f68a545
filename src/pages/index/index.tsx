import { ScrollView, Text, View } from '@tarojs/components'
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { FigureTile } from '../../components/figure-tile'
import { openCard, openPage, openSection, suggestAbout } from '../../components/page-links'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { ReportCover } from '../../components/report-cover'
import { SectionTile } from '../../components/section-tile'
import { reportOutline } from '../../report/outline'
import { readingPlaceOf } from '../../report/reading-position'
import { sectionMarks } from '../../live/section-progress'
import { REPORT_SHARE_TITLE } from '../../report/share-title'
import { reportWording } from '../../report/wording-data'
import { useLiveProgress } from '../../services/live-progress'
import { useReadingState } from '../../services/reading-state'
import { tappable } from '../../components/tappable'
import './index.css'

// The cover imports only the outline (never the full report): the first screen stays light.

/** The cover: what the report is, the headline figures, then the way into its parts. */
export default function CoverPage() {
  const { lastCardId, lastCardTitle } = useReadingState()
  // 跟随宣读: the tile being read and those already read.
  const liveMarks = sectionMarks(reportOutline.parts, useLiveProgress())
  const lastPlace = lastCardId && lastCardTitle ? readingPlaceOf(reportOutline, lastCardId, lastCardTitle) : undefined
  useShareAppMessage(() => ({ title: REPORT_SHARE_TITLE, path: '/pages/index/index' }))
  useShareTimeline(() => ({ title: REPORT_SHARE_TITLE }))
  return (
    <ReadingPage className='cover-page'>
      <ReportCover meta={reportOutline.meta} />

      <View className='cover-page__search' role='search'>
        <View
          className='cover-page__search-bar'
          role='link' {...tappable}
          onClick={() => openPage('/pages/search/index')}
        >
          <Text aria-hidden className='cover-page__search-icon'>
            ⌕
          </Text>
          <Text>搜索报告内容</Text>
        </View>
      </View>

      {lastPlace ? (
        <View className='cover-page__continue' role='link' {...tappable} onClick={() => openCard(lastPlace.cardId)}>
          <Text>
            继续阅读：{lastPlace.title}（{lastPlace.place}）
          </Text>
          <Text aria-hidden className='cover-page__chevron'>
            ›
          </Text>
        </View>
      ) : null}

      <View className='cover-page__block'>
        <Heading level={2} className='cover-page__heading'>
          {reportWording.highlightsTitle}
        </Heading>
        <ScrollView className='cover-page__strip' scrollX enhanced showScrollbar={false}>
          <View className='cover-page__strip-row'>
            {reportOutline.highlights.map((figure) => (
              <FigureTile
                key={figure.id}
                className='cover-page__figure'
                figure={figure}
                onTap={() => openCard(figure.cardId)}
              />
            ))}
          </View>
        </ScrollView>
      </View>

      {reportOutline.parts.map((part) => (
        <View key={part.id} className='cover-page__block'>
          <Heading level={2} className='cover-page__heading'>
            {reportWording.parts.find((named) => named.id === part.id)?.heading ?? part.title}
          </Heading>
          {part.sections.map((section) => (
            <SectionTile
              key={section.id}
              number={section.number}
              slogan={section.slogan}
              topic={section.topic}
              cardCount={section.cardCount}
              liveMark={liveMarks.get(section.id)}
              onTap={() => openSection(section.id)}
            />
          ))}
        </View>
      ))}

      <View className='cover-page__block cover-page__more'>
        {reportWording.economyTitle ? (
          <View
            className='cover-page__more-link'
            role='link' {...tappable}
            onClick={() => openPage('/pages/economy/index')}
          >
            <Text>经济运行一览</Text>
            <Text aria-hidden className='cover-page__chevron'>
              ›
            </Text>
          </View>
        ) : null}
        <View
          className='cover-page__more-link'
          role='link' {...tappable}
          onClick={() => openPage('/pages/paragraph/index')}
        >
          <Text>报告全文其他部分（开篇、存在的不足、结束语等）</Text>
          <Text aria-hidden className='cover-page__chevron'>
            ›
          </Text>
        </View>
        <View className='cover-page__more-link' role='link' {...tappable} onClick={() => suggestAbout('report')}>
          <Text>对报告总体提建议</Text>
          <Text aria-hidden className='cover-page__chevron'>
            ›
          </Text>
        </View>
      </View>
    </ReadingPage>
  )
}
