import { Text, View } from '@tarojs/components'
import type { Figure } from '../../report/types'
import { FigureChange } from '../figure-change'
import { figureParts } from '../../report/wording'
import './index.css'

export interface FigureChipProps {
  figure: Figure
}

/** A figure in one line for lists: number and unit in the accent colour, then what it counts. */
export function FigureChip({ figure }: FigureChipProps) {
  const { prefix, number, unit } = figureParts(figure)
  return (
    <View className='figure-chip'>
      <Text className='figure-chip__value'>
        {prefix}
        {number}
        {unit}
      </Text>
      <Text className='figure-chip__label'>{figure.label}</Text>
      {figure.change ? <FigureChange change={figure.change} /> : null}
    </View>
  )
}
