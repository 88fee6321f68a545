import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { readStored, writeStored } from './storage'

/**
 * What this reader has done with the report, kept on the phone:
 * bookmarks (收藏), the cards read, and the last card opened (继续阅读).
 */
export interface ReadingState {
  bookmarks: string[]
  readCards: string[]
  lastCardId: string | null
  /** The last card's title as it was read (继续阅读 names it; the cover does not load the report) */
  lastCardTitle: string | null
}

const STORAGE_KEY = 'reading.state'
const CHANGED_EVENT = 'reading:changed'
const EMPTY: ReadingState = { bookmarks: [], readCards: [], lastCardId: null, lastCardTitle: null }

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

export function readReadingState(): ReadingState {
  const stored = readStored<Partial<ReadingState> | null>(STORAGE_KEY, null)
  if (!stored || typeof stored !== 'object') return EMPTY
  return {
    bookmarks: isStringArray(stored.bookmarks) ? stored.bookmarks : [],
    readCards: isStringArray(stored.readCards) ? stored.readCards : [],
    lastCardId: typeof stored.lastCardId === 'string' ? stored.lastCardId : null,
    lastCardTitle: typeof stored.lastCardTitle === 'string' ? stored.lastCardTitle : null,
  }
}

function update(change: (state: ReadingState) => ReadingState): ReadingState {
  const next = change(readReadingState())
  writeStored(STORAGE_KEY, next)
  Taro.eventCenter.trigger(CHANGED_EVENT, next)
  return next
}

/** Records that a card was opened: it counts as read and becomes the place to continue from. */
export function markCardRead(cardId: string, title: string | null = null): void {
  update((state) => ({
    ...state,
    readCards: state.readCards.includes(cardId) ? state.readCards : [...state.readCards, cardId],
    lastCardId: cardId,
    lastCardTitle: title,
  }))
}

/** Adds or removes a bookmark; returns whether the card is now bookmarked. */
export function toggleBookmark(cardId: string): boolean {
  const next = update((state) => ({
    ...state,
    bookmarks: state.bookmarks.includes(cardId)
      ? state.bookmarks.filter((id) => id !== cardId)
      : [cardId, ...state.bookmarks],
  }))
  return next.bookmarks.includes(cardId)
}

/** The reading state, updated live when any page changes it. */
export function useReadingState(): ReadingState {
  const [state, setState] = useState<ReadingState>(readReadingState)
  useEffect(() => {
    const onChange = (next: ReadingState) => setState(next)
    Taro.eventCenter.on(CHANGED_EVENT, onChange)
    // Pages stay alive in the navigation stack: re-read when this one is shown again.
    setState(readReadingState())
    return () => {
      Taro.eventCenter.off(CHANGED_EVENT, onChange)
    }
  }, [])
  return state
}
