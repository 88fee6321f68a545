import { Text, View } from '@tarojs/components'
import type { Figure } from '../../report/types'
import { FigureChange } from '../figure-change'
import { figureParts } from '../../report/wording'
import { tappable } from '../tappable'
import './index.css'

export interface FigureTileProps {
  figure: Figure
  /** When set, the tile is a link (e.g. to the figure's card) */
  onTap?: () => void
  className?: string
}

/** A figure as a tile: the number large in the accent colour, its unit, what it counts, the change. */
export function FigureTile({ figure, onTap, className }: FigureTileProps) {
  const { prefix, number, unit } = figureParts(figure)
  return (
    <View
      className={`figure-tile${onTap ? ' figure-tile--link' : ''}${className ? ` ${className}` : ''}`}
      onClick={onTap}
      {...(onTap ? { role: 'link', ...tappable } : {})}
    >
      <View className='figure-tile__value'>
        {prefix ? <Text className='figure-tile__unit'>{prefix}</Text> : null}
        <Text className='figure-tile__number'>{number}</Text>
        <Text className='figure-tile__unit'>{unit}</Text>
      </View>
      <Text className='figure-tile__label'>{figure.label}</Text>
      {figure.change ? <FigureChange className='figure-tile__change' change={figure.change} /> : null}
    </View>
  )
}
