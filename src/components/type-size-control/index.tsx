import { Text, View } from '@tarojs/components'
import { tappable } from '../tappable'
import { TYPE_STEPS, type TypeStep } from '../../services/type-size'
import './index.css'

export interface TypeSizeControlProps {
  step: TypeStep
  onChange: (step: TypeStep) => void
  /** A sentence of the report, set at the chosen size so the reader sees the effect before leaving */
  sample: string
}

/** The four reading sizes as a segmented control (标准 / 大 / 特大 / 关怀), with a live sample. */
export function TypeSizeControl({ step, onChange, sample }: TypeSizeControlProps) {
  return (
    <View className='type-size-control'>
      <View className='type-size-control__steps' role='group' aria-label='字号'>
        {TYPE_STEPS.map((option) => {
          const chosen = option.step === step
          return (
            <View
              key={option.step}
              className={`type-size-control__step${chosen ? ' type-size-control__step--chosen' : ''}`}
              role='button'
              {...tappable}
              aria-pressed={chosen}
              onClick={() => onChange(option.step)}
            >
              {option.name}
            </View>
          )
        })}
      </View>
      <Text className='type-size-control__sample'>{sample}</Text>
    </View>
  )
}
