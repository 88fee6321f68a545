import { Text, View } from '@tarojs/components'
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

/** Chooses the card a suggestion is about: every card, grouped by part and section. */
export function CardChooser({ report, selectedId, onChoose, onClose }: CardChooserProps) {
  return (
    <FullScreenSheet title='选择相关的报告卡片' onClose={onClose}>
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
