import { Input, View } from '@tarojs/components'
import { FormField } from '../form-field'
import './index.css'

export interface DelegateSignInProps {
  code: string
  pin: string
  errors: { delegateCode?: string; pin?: string }
  /** A refusal that is not about one field (throttled, offline) */
  message?: string | null
  onCode: (value: string) => void
  onPin: (value: string) => void
}

/** 代表编码 and 口令 as printed on the 代表证 slip, asked once; the page signs in with them. */
export function DelegateSignIn({ code, pin, errors, message, onCode, onPin }: DelegateSignInProps) {
  return (
    <View className='delegate-sign-in'>
      <FormField name='delegateCode' label='代表编码' hint='代表证上的编码，只需填写一次' error={errors.delegateCode}>
        <Input
          className='form-input'
          value={code}
          maxlength={32}
          placeholder='如：NT0001'
          aria-label='代表编码'
          onInput={(event) => onCode(event.detail.value)}
        />
      </FormField>
      <FormField name='pin' label='口令' hint='代表证上的6位数字' error={errors.pin}>
        <Input
          className='form-input'
          value={pin}
          password
          maxlength={6}
          placeholder='6位数字'
          aria-label='口令'
          onInput={(event) => onPin(event.detail.value)}
        />
      </FormField>
      {message && (
        <View className='delegate-sign-in__message' role='alert'>
          {message}
        </View>
      )}
    </View>
  )
}
