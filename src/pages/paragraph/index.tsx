import { Text, View } from '@tarojs/components'
import Taro, { useReady, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { suggestAbout } from '../../components/page-links'
import { TopBar } from '../../components/top-bar'
import { report } from '../../report/report'
import { matchInTexts } from '../../report/search'
import { takeSearchHit } from '../../services/search-hit'
import { tappable } from '../../components/tappable'
import './index.css'

interface Passage {
  /** Anchor and deep-link id: "opening", "<part>-intro" or a Paragraph id */
  id: string
  title: string
  paragraphs: string[]
  /** The suggestion target this passage is (开篇, 存在的不足, 结束语), when it is one */
  target?: string
}

/** Paragraph kinds a suggestion can be about (src/feedback/card-id.ts REPORT_TARGETS). */
const TARGET_OF_KIND: Partial<Record<string, string>> = { shortcomings: 'shortcomings', closing: 'closing' }

/** Everything outside the cards, in the order it is delivered. */
const passages: Passage[] = [
  { id: 'opening', title: '开篇', paragraphs: report.opening, target: 'opening' },
  ...report.parts.flatMap((part) => [
    { id: `${part.id}-intro`, title: part.title, paragraphs: [part.intro] },
    ...part.after.map((paragraph) => ({ id: paragraph.id, title: paragraph.title, paragraphs: [paragraph.text], target: TARGET_OF_KIND[paragraph.kind] })),
  ]),
]

const scrollTo = (id: string) => Taro.pageScrollTo({ selector: `#passage-${id}`, duration: 200 })

/** A paragraph's sentences, each with its closing mark. */
const sentencesOf = (text: string) => text.match(/[^。！？]+[。！？]*/g) ?? [text]

/** 提建议 about a passage or the whole report: the form opens with it chosen. */
function SuggestLink({ target, label }: { target: string; label: string }) {
  return (
    <View className='paragraph-page__suggest' role='link' {...tappable} onClick={() => suggestAbout(target)}>
      <Text>{label}</Text>
    </View>
  )
}

/** One paragraph; the sentence a search result opened at is marked. */
function PassageText({ text, query }: { text: string; query?: string }) {
  const sentences = sentencesOf(text)
  const found = query ? matchInTexts(sentences, query)?.textIndex : undefined
  if (found === undefined) return <Text className='paragraph-page__text'>{text}</Text>
  return (
    <Text className='paragraph-page__text'>
      {sentences.map((sentence, index) =>
        index === found ? (
          <Text key={index} id='paragraph-found' className='paragraph-page__found' data-found='true'>
            {sentence}
          </Text>
        ) : (
          sentence
        ),
      )}
    </Text>
  )
}

/** 报告全文其他部分: the opening, the parts' intros, other work, thanks, shortcomings, closing. */
export default function ParagraphPage() {
  const params = useRouter().params
  const target = params.id
  const [query] = useState(() => (target ? takeSearchHit(target) : undefined))
  useReady(() => {
    if (target && passages.some((passage) => passage.id === target)) void scrollTo(target)
  })
  return (
    <ReadingPage className='paragraph-page'>
      <TopBar title='报告全文' />
      <View className='paragraph-page__toc' role='navigation' aria-label='目录'>
        <View className='paragraph-page__toc-title' role='heading' aria-level={1}>
          报告全文其他部分
        </View>
        {passages.map((passage) => (
          <View key={passage.id} className='paragraph-page__toc-link' role='link' {...tappable} onClick={() => void scrollTo(passage.id)}>
            <Text>{passage.title}</Text>
          </View>
        ))}
      </View>
      {passages.map((passage) => (
        <View key={passage.id} id={`passage-${passage.id}`} className='paragraph-page__passage'>
          <Heading level={2} className='paragraph-page__title'>
            {passage.title}
          </Heading>
          {passage.paragraphs.map((text, index) => (
            <PassageText key={index} text={text} query={passage.id === target ? query : undefined} />
          ))}
          {passage.target ? <SuggestLink target={passage.target} label={`对「${passage.title}」提建议 ›`} /> : null}
        </View>
      ))}
      <SuggestLink target='report' label='对报告总体提建议 ›' />
    </ReadingPage>
  )
}
