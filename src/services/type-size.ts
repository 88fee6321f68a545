import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { readStored, writeStored } from './storage'
import { systemFontSizeStep } from './system-font-size'

/** The four reading sizes of the design: body 16 / 18 / 20 / 24 px. */
export const TYPE_STEPS = [
  { step: 1, name: '标准', bodyPx: 16 },
  { step: 2, name: '大', bodyPx: 18 },
  { step: 3, name: '特大', bodyPx: 20 },
  { step: 4, name: '关怀', bodyPx: 24 },
] as const

export type TypeStep = (typeof TYPE_STEPS)[number]['step']

const STORAGE_KEY = 'prefs.typeStep'
const CHANGED_EVENT = 'prefs:typeStep'

function isTypeStep(value: unknown): value is TypeStep {
  return value === 1 || value === 2 || value === 3 || value === 4
}

/** The chosen step; until the reader chooses, the system's font size decides (WeChat's on weapp). */
export function readTypeStep(): TypeStep {
  const stored = readStored<unknown>(STORAGE_KEY, null)
  if (isTypeStep(stored)) return stored
  return systemFontSizeStep() ?? 1
}

export function saveTypeStep(step: TypeStep): void {
  writeStored(STORAGE_KEY, step)
  Taro.eventCenter.trigger(CHANGED_EVENT, step)
}

/** The current step, updated live when it changes on any page. */
export function useTypeStep(): TypeStep {
  const [step, setStep] = useState<TypeStep>(readTypeStep)
  useEffect(() => {
    const onChange = (next: TypeStep) => setStep(next)
    Taro.eventCenter.on(CHANGED_EVENT, onChange)
    return () => {
      Taro.eventCenter.off(CHANGED_EVENT, onChange)
    }
  }, [])
  return step
}
