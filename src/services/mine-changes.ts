import Taro from '@tarojs/taro'
import { markSeen, unseenIds, type SeenChanges } from '../feedback/unseen'
import type { MineItem } from '../feedback/types'
import { fetchMine, readDelegateProfile } from './delegate-profile'
import { readStored, writeStored } from './storage'

/**
 * 我的's red dot (the tab and each changed item): what the phone last showed
 * of each suggestion's state and answer, and the dot on the 我的 tab.
 */
const SEEN_KEY = 'mine.seen'
/** 我的 is the third tab (app.config.ts) */
const MINE_TAB_INDEX = 2

export function readSeenChanges(): SeenChanges {
  return readStored<SeenChanges>(SEEN_KEY, {})
}

export function rememberSeen(items: readonly MineItem[]): void {
  writeStored(SEEN_KEY, markSeen(items))
}

/** The dot on the 我的 tab (Taro's tab bar on both platforms; refused off a tab page, which is fine). */
export function showMineDot(visible: boolean): void {
  const call = visible ? Taro.showTabBarRedDot({ index: MINE_TAB_INDEX }) : Taro.hideTabBarRedDot({ index: MINE_TAB_INDEX })
  void Promise.resolve(call).catch(() => undefined)
}

/** On app show: asks the server whether a suggestion moved since 我的 was last seen. */
export async function checkMineChanges(): Promise<void> {
  const profile = readDelegateProfile()
  if (!profile) return
  const result = await fetchMine(profile)
  if (result.ok) showMineDot(unseenIds(result.items, readSeenChanges()).size > 0)
}
