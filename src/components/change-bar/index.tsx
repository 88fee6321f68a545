import { View } from '@tarojs/components'
import type { FigureChange } from '../../report/types'
import './index.css'

export interface ChangeBarProps {
  change: FigureChange
  /** The largest change shown beside it: all bars share one scale of percent, so they compare like with like */
  scalePercent: number
}

/** The share of the half-track a change takes, in percent (a visible sliver at least). */
export function changeBarLength(change: FigureChange, scalePercent: number): number {
  if (!(scalePercent > 0)) return 0
  return Math.max(3, Math.min(100, Math.round((Math.abs(change.percent) / scalePercent) * 1000) / 10))
}

/**
 * 同比 as a bar from the middle: rises go right in green, falls go left in red.
 * Values in different units never share a bar; only their changes (all percent) do.
 */
export function ChangeBar({ change, scalePercent }: ChangeBarProps) {
  const length = changeBarLength(change, scalePercent)
  return (
    <View className='change-bar' aria-hidden>
      <View className='change-bar__half change-bar__half--down'>
        {change.direction === 'down' ? <View className='change-bar__fill change-bar__fill--down' style={{ width: `${length}%` }} /> : null}
      </View>
      <View className='change-bar__axis' />
      <View className='change-bar__half'>
        {change.direction === 'up' ? <View className='change-bar__fill change-bar__fill--up' style={{ width: `${length}%` }} /> : null}
      </View>
    </View>
  )
}
