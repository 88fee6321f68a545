import { Text, View } from '@tarojs/components'
import { REPORT_TARGETS } from '../../feedback/card-id'
import type { Report } from '../../report/types'
import { chineseNumber, PART_SHORT_NAMES } from '../../report/wording'
import { FullScreenSheet } from '../full-screen-sheet'
import { tappable } from '../tappable'
import './index.css'


export interface CardChooserProps {
  report: Report
  selectedId: string
  onChoose: (cardId: string) => void
  onClose: () => void
}

/** Chooses what a suggestion is about: the report as a whole or a part that is no card, or a card by part and section. */
export function CardChooser({ report, selectedId, onChoose, onClose }: CardChooserProps) {
  return (
    <FullScreenSheet title='选择相关的报告卡片' onClose={onClose}>
      <View className='card-chooser__part'>
        <Text className='card-chooser__part-title'>报告总体与其他部分</Text>
        <View className='card-chooser__section'>
          {REPORT_TARGETS.map((target) => (
            <View
              key={target.id}
              className={`card-chooser__card${target.id === selectedId ? ' card-chooser__card--selected' : ''}`}
              role='button'
              {...tappable}
              aria-pressed={target.id === selectedId}
              onClick={() => onChoose(target.id)}
            >
              {target.title}
            </View>
          ))}
        </View>
      </View>
      {report.parts.map((part) => (
        <View key={part.id} className='card-chooser__part'>
          <Text className='card-chooser__part-title'>{part.title}</Text>
          {part.sections.map((section) => (
            <View key={section.id} className='card-chooser__section'>
              <Text className='card-chooser__section-title'>
                {chineseNumber(section.number)}、{section.topic}
              </Text>
              {section.cards.map((card) => (
                <View
                  key={card.id}
                  className={`card-chooser__card${card.id === selectedId ? ' card-chooser__card--selected' : ''}`}
                  role='button' {...tappable}
                  aria-pressed={card.id === selectedId}
                  aria-label={`${PART_SHORT_NAMES[part.id]}：${card.title}`}
                  onClick={() => onChoose(card.id)}
                >
                  {card.title}
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </FullScreenSheet>
  )
}
