import { Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import './index.css'

export interface FormFieldProps {
  label: string
  /** e.g. 选填 */
  hint?: string
  /** The inline message when the value is not acceptable */
  error?: string
  /** Shown at the right of the label, e.g. the character counter */
  aside?: ReactNode
  /** The field's name (as in the errors): the row gets id="field-<name>" to scroll to it */
  name?: string
}

/** A labelled form row with its inline message in Chinese. */
export function FormField({ label, hint, error, aside, name, children }: PropsWithChildren<FormFieldProps>) {
  return (
    <View id={name ? `field-${name}` : undefined} className={`form-field${error ? ' form-field--invalid' : ''}`}>
      <View className='form-field__label-row'>
        <Text className='form-field__label'>
          {label}
          {hint && <Text className='form-field__hint'>（{hint}）</Text>}
        </Text>
        {aside}
      </View>
      {children}
      {error && (
        <View className='form-field__error' role='alert'>
          {error}
        </View>
      )}
    </View>
  )
}
