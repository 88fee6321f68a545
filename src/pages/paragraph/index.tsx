import { Text, View } from '@tarojs/components'
import Taro, { useReady, useRouter } from '@tarojs/taro'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { TopBar } from '../../components/top-bar'
import { report } from '../../report/report'
import { matchInTexts } from '../../report/search'
import { tappable } from '../../components/tappable'
import './index.css'

interface Passage {
  /** Anchor and deep-link id: "opening", "<part>-intro" or a Paragraph id */
  id: string
  title: string
  paragraphs: string[]
}

/** Everything outside the cards, in the order it is delivered. */
const passages: Passage[] = [
  { id: 'opening', title: '开篇', paragraphs: report.opening },
  ...report.parts.flatMap((part) => [
    { id: `${part.id}-intro`, title: part.title, paragraphs: [part.intro] },
    ...part.after.map((paragraph) => ({ id: paragraph.id, title: paragraph.title, paragraphs: [paragraph.text] })),
  ]),
]

const scrollTo = (id: string) => Taro.pageScrollTo({ selector: `#passage-${id}`, duration: 200 })

/** A paragraph's sentences, each with its closing mark. */
const sentencesOf = (text: string) => text.match(/[^。！？]+[。！？]*/g) ?? [text]

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
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
  const query = params.q ? safeDecode(params.q) : undefined
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
        </View>
      ))}
    </ReadingPage>
  )
}
