import { Text, View } from '@tarojs/components'
import Taro, { useDidHide, useDidShow, usePageScroll, useRouter } from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { followDecision, showsTarget, targetPath } from '../../live/follow'
import type { LiveState, LiveTarget } from '../../live/types'
import { watchLive } from '../../services/live'
import { recordLiveShown } from '../../services/live-progress'
import { isReaderBusy, noteReaderScroll, watchReaderActivity } from '../../services/reader-activity'
import { readStored, writeStored } from '../../services/storage'
import { tappable } from '../tappable'
import './index.css'

const FOLLOW_KEY = 'live.follow'
const FOLLOW_EVENT = 'live:follow'
const SUGGESTION_FORM = '/pages/suggest/index'
const TAB_PAGES = ['/pages/index/index', '/pages/suggest/index', '/pages/mine/index']

/** The last change any banner has acted on: each change moves the phone at most once, and opening a page never does. */
let handledSeq: number | null = null

const normalPath = (path: string) => path.replace(/^\/?/, '/').split('?')[0]!

function open(target: LiveTarget, fromPath: string): void {
  const url = targetPath(target)
  // From a tab page the reading page opens on top; from a reading page it replaces it, so following never fills the stack.
  if (TAB_PAGES.includes(fromPath)) void Taro.navigateTo({ url })
  else void Taro.redirectTo({ url })
}

/**
 * 正在宣读 · <what is being read> ›, on every page while a reading is on,
 * with the 跟随宣读 switch. Following moves to each new part as it is read,
 * except while the reader is busy or on the suggestion form: then the banner
 * offers the jump instead.
 */
export function LiveBanner() {
  const router = useRouter()
  const path = normalPath(router.path)
  const [shown, setShown] = useState<LiveState | null>(null)
  const [following, setFollowing] = useState<boolean>(() => readStored<unknown>(FOLLOW_KEY, false) === true)
  const [offer, setOffer] = useState(false)
  const visible = useRef(true)
  const latest = useRef({ following, path, params: router.params })
  latest.current = { following, path, params: router.params }

  useDidShow(() => {
    visible.current = true
    setFollowing(readStored<unknown>(FOLLOW_KEY, false) === true)
  })
  useDidHide(() => {
    visible.current = false
  })
  usePageScroll(noteReaderScroll)

  useEffect(() => {
    watchReaderActivity()
    const onFollow = (value: boolean) => setFollowing(value)
    Taro.eventCenter.on(FOLLOW_EVENT, onFollow)
    const stop = watchLive((state) => {
      setShown(state)
      recordLiveShown(state)
      if (!state?.target) {
        setOffer(false)
        return
      }
      // The first state this phone sees is where it arrived, not a change to follow.
      if (handledSeq === null || state.seq <= handledSeq) {
        handledSeq = Math.max(handledSeq ?? 0, state.seq)
        return
      }
      if (!visible.current) return
      handledSeq = state.seq
      const { following: isFollowing, path: here, params } = latest.current
      const decision = followDecision({
        following: isFollowing,
        readerBusy: isReaderBusy(),
        onSuggestionForm: here === SUGGESTION_FORM,
        alreadyThere: showsTarget(here, params, state.target),
      })
      setOffer(decision === 'offer')
      if (decision === 'move') open(state.target, here)
    })
    return () => {
      stop()
      Taro.eventCenter.off(FOLLOW_EVENT, onFollow)
    }
  }, [])

  if (!shown?.target) return null
  const target = shown.target
  const toggleFollow = () => {
    const next = !following
    writeStored(FOLLOW_KEY, next)
    Taro.eventCenter.trigger(FOLLOW_EVENT, next)
    setFollowing(next)
    if (next && !showsTarget(path, router.params, target) && path !== SUGGESTION_FORM) open(target, path)
  }
  const openNow = () => {
    setOffer(false)
    if (!showsTarget(path, router.params, target)) open(target, path)
  }

  return (
    <View className={`live-banner${offer ? ' live-banner--offer' : ''}`} role='region' aria-label='正在宣读'>
      <View className='live-banner__now' role='link' {...tappable} onClick={openNow}>
        <Text className='live-banner__text'>
          正在宣读 · {shown.title}
          <Text aria-hidden className='live-banner__chevron'>
            {' ›'}
          </Text>
        </Text>
        {offer ? <Text className='live-banner__offer'>点此跟上</Text> : null}
      </View>
      <View className={`live-banner__follow${following ? ' live-banner__follow--on' : ''}`} role='switch' aria-checked={following} {...tappable} onClick={toggleFollow}>
        <Text className='live-banner__knob' aria-hidden />
        <Text>跟随宣读</Text>
      </View>
    </View>
  )
}
