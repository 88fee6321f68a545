import { Text, View } from '@tarojs/components'
import type { PlacedFigure, ProgressPair } from '../../report/links'
import { figureParts } from '../../report/wording'
import { reportWording } from '../../report/wording-data'
import { tappable } from '../tappable'
import './index.css'

export interface ProgressPairViewProps {
  pair: ProgressPair
  /** The side on this card is shown but not linked */
  currentCardId: string
  onOpen: (cardId: string) => void
}

function Side({ heading, placed, linked, onOpen }: { heading: string; placed: PlacedFigure; linked: boolean; onOpen: (cardId: string) => void }) {
  const { prefix, number, unit } = figureParts(placed.figure)
  return (
    <View
      className={`progress-pair__side${linked ? ' progress-pair__side--link' : ''}`}
      {...(linked ? { role: 'link', ...tappable, onClick: () => onOpen(placed.cardId) } : {})}
    >
      <Text className='progress-pair__heading'>{heading}</Text>
      <View className='progress-pair__value'>
        <Text className='progress-pair__number'>
          {prefix}
          {number}
        </Text>
        <Text className='progress-pair__unit'>{unit}</Text>
      </View>
      <Text className='progress-pair__label'>{placed.figure.label}</Text>
      {linked ? <Text className='progress-pair__more'>看这张卡片 ›</Text> : null}
    </View>
  )
}

/** A goal beside the first half's progress on the same thing (e.g. 34 条 done, 35 条 to go). */
export function ProgressPairView({ pair, currentCardId, onOpen }: ProgressPairViewProps) {
  return (
    <View className='progress-pair'>
      <Text className='progress-pair__caption'>{pair.caption}</Text>
      <View className='progress-pair__sides'>
        <Side heading={reportWording.progressDone} placed={pair.done} linked={pair.done.cardId !== currentCardId} onOpen={onOpen} />
        <Text aria-hidden className='progress-pair__arrow'>
          →
        </Text>
        <Side heading={reportWording.progressGoal} placed={pair.goal} linked={pair.goal.cardId !== currentCardId} onOpen={onOpen} />
      </View>
    </View>
  )
}
