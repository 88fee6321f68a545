import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Invitation, MineItem, Rating } from '../feedback/types'
import { unseenIds } from '../feedback/unseen'
import { answerInvitation, fetchMine, rateAnswer, useDelegateProfile } from './delegate-profile'
import { readSeenChanges, rememberSeen, showMineDot } from './mine-changes'
import { useOutboxItems } from './suggestion-outbox'

export interface Mine {
  /** The sender's suggestions as the server has them */
  items: MineItem[]
  /** Others' suggestions waiting for this delegate's 附议 / 不附议 */
  invitations: Invitation[]
  /** Why the server's answer is missing or old, if it is */
  notice: string | null
  signedIn: boolean
  /** 附议 (true) or 不附议 (false); the list is fetched again after */
  answer(suggestionId: string, accept: boolean): Promise<void>
  /** Ids whose state or answer changed since the last visit (the red dot) */
  unseen: ReadonlySet<string>
  /** The sender's 满意度; null when saved, else what to say */
  rate(suggestionId: string, rating: Rating, comment: string): Promise<string | null>
}

/**
 * 我的 as the server tells it, fetched when the page shows, after a sign-in
 * and when a suggestion has just gone out.
 */
export function useMine(): Mine {
  const profile = useDelegateProfile()
  const outboxItems = useOutboxItems()
  const [items, setItems] = useState<MineItem[]>([])
  const [invitations, setInvitations] = useState<Invitation[]>([])
  const [notice, setNotice] = useState<string | null>(null)
  const [unseen, setUnseen] = useState<ReadonlySet<string>>(new Set())
  // What had been seen before this visit: every refresh during the visit compares with it.
  const seenBefore = useRef(readSeenChanges())
  useDidHide(() => {
    seenBefore.current = readSeenChanges()
  })

  const refresh = useCallback(() => {
    if (!profile) {
      setItems([])
      setInvitations([])
      return
    }
    void fetchMine(profile).then((result) => {
      if (result.ok) {
        setItems(result.items)
        setInvitations(result.invitations)
        setNotice(null)
        setUnseen(unseenIds(result.items, seenBefore.current))
        rememberSeen(result.items)
        showMineDot(false)
      } else {
        setNotice(result.message)
      }
    })
  }, [profile])

  useEffect(refresh, [refresh])
  useDidShow(refresh)
  const sentCount = outboxItems.filter((item) => item.state === '已提交').length
  useEffect(refresh, [sentCount, refresh])

  const answer = useCallback(
    async (suggestionId: string, accept: boolean) => {
      if (!profile) return
      const result = await answerInvitation(profile, suggestionId, accept)
      if (!result.ok) setNotice(result.message)
      refresh()
    },
    [profile, refresh],
  )

  const rate = useCallback(
    async (suggestionId: string, rating: Rating, comment: string) => {
      if (!profile) return '请先在「提建议」登录'
      const result = await rateAnswer(profile, suggestionId, rating, comment)
      refresh()
      return result.ok ? null : result.message
    },
    [profile, refresh],
  )

  return { items, invitations, notice, signedIn: profile !== null, answer, unseen, rate }
}
