import { Text, View } from '@tarojs/components'
import Taro, { useReady, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { Suspense, useEffect, useState } from 'react'
import { CardActions } from '../../components/card-actions'
import { FigureTile } from '../../components/figure-tile'
import { Heading } from '../../components/heading'
import { ItemText } from '../../components/item-text'
import { NotFound } from '../../components/not-found'
import { openCard, openCover, openPage, openSection, replaceCard, suggestAbout } from '../../components/page-links'
import { ProgressPairView } from '../../components/progress-pair'
import { ReadingPage } from '../../components/reading-page'
import { TopBar } from '../../components/top-bar'
import { figuresOfItem } from '../../report/figure-segments'
import { progressPairs, relatedCards } from '../../report/links'
import { cardMarks } from '../../live/reading-order'
import { findCard, neighboursOf, partOf, sectionOf } from '../../report/reading-order'
import { nextStepOf } from '../../report/reading-position'
import { report } from '../../report/report'
import { reportWording } from '../../report/wording-data'
import { matchInTexts } from '../../report/search'
import { REPORT_SHARE_TITLE, shareTitleOf } from '../../report/share-title'
import { useLiveProgress } from '../../services/live-progress'
import { PosterSheetLoader } from '../../services/poster-sheet-loader'
import { cardPath, cardQuery, FROM_SHARE } from '../../services/share-link'
import { takeSearchHit } from '../../services/search-hit'
import { markCardRead, toggleBookmark, useReadingState } from '../../services/reading-state'
import { tappable } from '../../components/tappable'
import './index.css'

/** One card: its items with figures set apart, the figures as tiles, the other half, actions. */
export default function CardPage() {
  const params = useRouter().params
  // A mini-program code carries the card id as its `scene`.
  const id = params.id ?? (params.scene ? decodeURIComponent(params.scene) : '')
  const fromShare = params.from === FROM_SHARE
  const card = findCard(report, id)
  const { bookmarks } = useReadingState()
  // 跟随宣读: 正在宣读 while this card is read aloud, 已宣读 once the reading has passed it.
  const liveProgress = useLiveProgress()
  const liveMark = card ? cardMarks(report, liveProgress).get(card.id) : undefined
  const [posterOpen, setPosterOpen] = useState(false)
  // Opened from a search result: the sentence holding the match is marked and scrolled to.
  const [searchQuery] = useState(() => takeSearchHit(id))
  const foundItem = card && searchQuery ? matchInTexts(card.items, searchQuery)?.textIndex : undefined
  useReady(() => {
    if (foundItem !== undefined) Taro.pageScrollTo({ selector: `#card-item-${foundItem}`, offsetTop: -80, duration: 200 }).catch(() => undefined)
  })

  useShareAppMessage(() =>
    card ? { title: shareTitleOf(card), path: cardPath(card.id) } : { title: report.meta.title, path: '/pages/index/index' },
  )
  // Moments opens the card in single-page mode: everything needed to read it is on this page.
  useShareTimeline(() => (card ? { title: shareTitleOf(card), query: cardQuery(card.id) } : {}))

  useEffect(() => {
    if (!card) return
    markCardRead(card.id, card.title)
    const section = sectionOf(report, card.id)
    if (section) void Taro.setNavigationBarTitle({ title: section.topic })
  }, [card])

  if (!card) return <NotFound title='未找到这张卡片' note='链接可能有误，或这张卡片已不在报告中。' />

  const section = sectionOf(report, card.id)
  const part = partOf(report, card.id)
  const isReview = part?.id === 'review'
  const { previous } = neighboursOf(report, card.id)
  const nextStep = nextStepOf(report, card.id)
  const next = nextStep?.card
  const related = relatedCards(card.id)
  const pairs = progressPairs(card.id)
  const bookmarked = bookmarks.includes(card.id)

  return (
    <ReadingPage className='card-page'>
      <TopBar title={section?.topic} />
      {fromShare ? (
        <View className='card-page__from-share'>
          <Text className='card-page__from-share-mark'>来自分享</Text>
          <View className='card-page__from-share-link' role='link' {...tappable} onClick={openCover}>
            <Text>
              {REPORT_SHARE_TITLE} · <Text className='card-page__nowrap'>阅读全文 ›</Text>
            </Text>
          </View>
        </View>
      ) : null}
      <View className='card-page__head'>
        {section ? (
          <View
            className='card-page__crumb'
            role='link' {...tappable}
            onClick={() => openSection(section.id)}
          >
            <Text>
              {part?.title} · {section.topic}
            </Text>
          </View>
        ) : null}
        <Heading level={1}>{card.title}</Heading>
        {liveMark ? (
          <Text className={`card-page__live card-page__live--${liveMark}`}>{liveMark === 'reading' ? '正在宣读' : '已宣读'}</Text>
        ) : null}
      </View>

      <View className='card-page__body'>
        {card.items.map((item, index) => (
          <ItemText key={index} id={`card-item-${index}`} item={item} figures={figuresOfItem(card, index)} found={index === foundItem} />
        ))}
      </View>

      {card.figures.length > 0 ? (
        <View className='card-page__figures'>
          <View className='card-page__figures-title' role='heading' aria-level={2}>
            关键数字
          </View>
          {card.figures.map((figure) => (
            <FigureTile key={figure.id} figure={figure} />
          ))}
        </View>
      ) : null}

      {related.length > 0 || pairs.length > 0 ? (
        <View className='card-page__related'>
          <View className='card-page__related-title' role='heading' aria-level={2}>
            {isReview ? reportWording.relatedFromReview : reportWording.relatedFromPlan}
          </View>
          {pairs.map((pair) => (
            <ProgressPairView key={pair.caption} pair={pair} currentCardId={card.id} onOpen={openCard} />
          ))}
          {related.map((other) => (
            <View
              key={other.id}
              className='card-page__related-link'
              role='link' {...tappable}
              onClick={() => openCard(other.id)}
            >
              <Text className='card-page__related-section'>{sectionOf(report, other.id)?.topic}</Text>
              <Text className='card-page__related-card'>{other.title}</Text>
            </View>
          ))}
        </View>
      ) : null}

      <View className='card-page__pager'>
        {previous ? (
          <View
            className='card-page__pager-link'
            role='link' {...tappable}
            aria-label={`上一张：${previous.title}`}
            onClick={() => replaceCard(previous.id)}
          >
            <Text className='card-page__pager-dir'>‹ 上一张</Text>
            <Text className='card-page__pager-title'>{previous.title}</Text>
          </View>
        ) : (
          <View className='card-page__pager-gap' />
        )}
        {next ? (
          <View
            className='card-page__pager-link card-page__pager-link--next'
            role='link' {...tappable}
            aria-label={nextStep?.crossing ? `下一张 ${nextStep.crossing} ${next.title}` : `下一张：${next.title}`}
            onClick={() => replaceCard(next.id)}
          >
            <Text className='card-page__pager-dir'>下一张 ›</Text>
            {nextStep?.crossing ? <Text className='card-page__pager-crossing'>{nextStep.crossing}</Text> : null}
            <Text className='card-page__pager-title'>{next.title}</Text>
          </View>
        ) : (
          <View className='card-page__pager-gap' />
        )}
      </View>

      {next ? null : (
        <View className='card-page__end' role='navigation' aria-label='读完了卡片'>
          <Text className='card-page__end-title'>卡片读完了，报告还有：</Text>
          <View className='card-page__end-link' role='link' {...tappable} onClick={() => openPage('/pages/paragraph/index?id=review-shortcomings')}>
            <Text>存在的不足 ›</Text>
          </View>
          <View className='card-page__end-link' role='link' {...tappable} onClick={() => openPage('/pages/paragraph/index?id=plan-closing')}>
            <Text>结束语 ›</Text>
          </View>
          <View className='card-page__end-link' role='link' {...tappable} onClick={() => suggestAbout('report')}>
            <Text>对报告总体提建议 ›</Text>
          </View>
        </View>
      )}

      <CardActions
        bookmarked={bookmarked}
        onBookmark={() => {
          const now = toggleBookmark(card.id)
          void Taro.showToast({ title: now ? '已收藏' : '已取消收藏', icon: 'none' })
        }}
        onShare={() => setPosterOpen(true)}
        onSuggest={() => suggestAbout(card.id)}
        quietSuggest={fromShare}
      />
      {posterOpen ? (
        <Suspense fallback={<View className='card-page__poster-loading'>正在准备分享图…</View>}>
          <PosterSheetLoader
            card={card}
            partTitle={`${part?.title ?? ''}${section ? ` · ${section.headline.split(/[，,]/)[0]}` : ''}`}
            meeting={report.meta.meeting}
            date={report.meta.date}
            onClose={() => setPosterOpen(false)}
          />
        </Suspense>
      ) : null}
    </ReadingPage>
  )
}
