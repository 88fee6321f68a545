/**
 * What this phone knows of the reading, for the marks on the pages (the
 * cover's tile being read, 「已宣读」 on cards): the target being read now,
 * and the furthest point heard, kept on the phone so the marks stay after the
 * reading ends. Light on purpose: the connection itself loads after the page
 * (live-banner-loader) and reports here.
 */
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { LiveState, LiveTarget } from '../live/types'
import { readStored, writeStored } from './storage'

export interface LiveProgress {
  /** Being read now (null: no reading on, or no signal) */
  current: LiveTarget | null
  /** The last target heard, now or in an earlier reading */
  reached: LiveTarget | null
}

const STORAGE_KEY = 'live.reached'
const CHANGED_EVENT = 'live:progress'

let current: LiveTarget | null = null

function readReached(): LiveTarget | null {
  const stored = readStored<LiveTarget | null>(STORAGE_KEY, null)
  return stored && typeof stored === 'object' && typeof stored.id === 'string' && typeof stored.kind === 'string' ? stored : null
}

export function readLiveProgress(): LiveProgress {
  return { current, reached: current ?? readReached() }
}

/** The connection reports what it shows (null when nothing). */
export function recordLiveShown(shown: LiveState | null): void {
  const target = shown?.target ?? null
  if (target === current || (target && current && target.kind === current.kind && target.id === current.id)) return
  current = target
  if (target) writeStored(STORAGE_KEY, target)
  Taro.eventCenter.trigger(CHANGED_EVENT, readLiveProgress())
}

export function useLiveProgress(): LiveProgress {
  const [progress, setProgress] = useState<LiveProgress>(readLiveProgress)
  useEffect(() => {
    const onChange = (next: LiveProgress) => setProgress(next)
    Taro.eventCenter.on(CHANGED_EVENT, onChange)
    setProgress(readLiveProgress())
    return () => {
      Taro.eventCenter.off(CHANGED_EVENT, onChange)
    }
  }, [])
  return progress
}
