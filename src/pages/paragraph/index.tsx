import { Text, View } from '@tarojs/components'
import Taro, { useReady, useRouter } from '@tarojs/taro'
import { Heading } from '../../components/heading'
import { ReadingPage } from '../../components/reading-page'
import { report } from '../../report/report'
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

/** 报告全文其他部分: the opening, the parts' intros, other work, thanks, shortcomings, closing. */
export default function ParagraphPage() {
  const target = useRouter().params.id
  useReady(() => {
    if (target && passages.some((passage) => passage.id === target)) void scrollTo(target)
  })
  return (
    <ReadingPage className='paragraph-page'>
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
            <Text key={index} className='paragraph-page__text'>
              {text}
            </Text>
          ))}
        </View>
      ))}
    </ReadingPage>
  )
}
