import { Picker, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { liveStops, stepTarget, stopIndex } from '../../live/reading-order'
import type { LiveState, LiveTarget } from '../../live/types'
import { report } from '../../report/report'
import { watchLive } from '../../services/live'
import { setLiveTarget } from '../../services/live-desk'
import { tappable } from '../tappable'
import './index.css'

const stops = liveStops(report)
const titles = stops.map((stop) => stop.title)

/**
 * 现在宣读 on the 人大办 page: what is being read, a big ‹ 上一项 / 下一项 ›
 * for one-tap advancing while listening, 开始 and 结束, and the report in
 * reading order to jump to any part.
 */
export function LiveDeskPanel() {
  const [state, setState] = useState<LiveState | null>(null)
  const [message, setMessage] = useState('')
  useEffect(() => watchLive(setState), [])

  const current = state?.target ?? null
  const at = stopIndex(stops, current)
  const set = async (target: LiveTarget | null) => {
    setMessage('')
    const answer = await setLiveTarget(target)
    if (answer.ok) setState(answer.state.target ? answer.state : null)
    else setMessage(answer.message)
  }

  return (
    <View className='live-desk' role='region' aria-label='现在宣读'>
      <Text className='live-desk__title'>现在宣读</Text>
      <Text className={`live-desk__now${current ? ' live-desk__now--on' : ''}`}>{current ? state!.title : '现在没有宣读'}</Text>
      <View className='live-desk__steps'>
        <View className='live-desk__step' role='button' {...tappable} aria-disabled={at <= 0} onClick={() => at > 0 && void set(stepTarget(stops, current, -1))}>
          ‹ 上一项
        </View>
        <View className='live-desk__step live-desk__step--next' role='button' {...tappable} onClick={() => void set(stepTarget(stops, current, 1))}>
          {current ? '下一项 ›' : '从头开始 ›'}
        </View>
      </View>
      <View className='live-desk__ends'>
        <Picker mode='selector' range={titles} value={Math.max(0, at)} onChange={(event) => void set(stops[Number(event.detail.value)]!.target)}>
          <View className='live-desk__end' role='button' {...tappable}>
            选择宣读位置
          </View>
        </Picker>
        <View className='live-desk__end' role='button' {...tappable} aria-disabled={!current} onClick={() => current && void set(null)}>
          结束
        </View>
      </View>
      {message ? (
        <View className='live-desk__message' role='alert'>
          {message}
        </View>
      ) : null}
    </View>
  )
}
