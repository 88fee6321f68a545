import { Text } from '@tarojs/components'
import type { FigureChange as Change } from '../../report/types'
import './index.css'

export interface FigureChangeProps {
  change: Change
  className?: string
}

/** 同比 change as ↑/↓ and its percent, coloured AND marked (never colour alone). */
export function FigureChange({ change, className }: FigureChangeProps) {
  const up = change.direction === 'up'
  const spoken = `同比${up ? '增长' : '下降'}${change.percent}%`
  return (
    <Text
      className={`figure-change figure-change--${change.direction}${className ? ` ${className}` : ''}`}
      aria-label={spoken}
    >
      {up ? '↑' : '↓'}
      {change.percent}%
    </Text>
  )
}
