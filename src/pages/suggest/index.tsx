import { Input, Text, Textarea, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { CardChooser } from '../../components/card-chooser'
import { DelegateSignIn } from '../../components/delegate-sign-in'
import { FormField } from '../../components/form-field'
import { ReadingPage } from '../../components/reading-page'
import { SuggestionReceipt } from '../../components/suggestion-receipt'
import { tappable } from '../../components/tappable'
import { CONTENT_MAX, normaliseDelegateCode, textLength, validateSuggestion } from '../../feedback/schema'
import { signInFieldErrors } from '../../feedback/sign-in-copy'
import type { FieldErrors } from '../../feedback/types'
import { findCard } from '../../report/reading-order'
import { report } from '../../report/report'
import { signIn, signOut, useDelegateProfile, type DelegateProfile } from '../../services/delegate-profile'
import { takeSlipCredentials } from '../../services/slip-credentials'
import {
  EMPTY_DRAFT,
  clearDraft,
  readDraft,
  saveDraft,
  takePendingCardId,
  type SuggestionDraft,
} from '../../services/suggestion-draft'
import { returnToDraft, suggestionOutbox, useOutboxItems } from '../../services/suggestion-outbox'
import './index.css'

const isKnownCardId = (id: string) => findCard(report, id) !== undefined

/** 附议代表 as typed: codes separated by commas, spaces or 、 */
function splitCodes(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map(normaliseDelegateCode)
    .filter(Boolean)
}

/** 提建议: the form, its inline checks, signing in once (code and pin), and the receipt once sent. */
export default function SuggestPage() {
  const profile = useDelegateProfile()
  const outboxItems = useOutboxItems()
  const [draft, setDraft] = useState<SuggestionDraft>(readDraft)
  const [codeInput, setCodeInput] = useState('')
  const [pinInput, setPinInput] = useState('')
  const [signInMessage, setSignInMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [choosing, setChoosing] = useState(false)
  const [sending, setSending] = useState(false)
  const [sentRequestId, setSentRequestId] = useState<string | null>(null)

  const update = (change: Partial<SuggestionDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...change }
      saveDraft(next)
      return next
    })
    setErrors((current) => {
      const rest = { ...current }
      for (const key of Object.keys(change)) delete rest[key]
      return rest
    })
  }

  /** Signs in with what is typed: the profile, or null with the fields saying why. */
  async function signInWith(code: string, pin: string): Promise<DelegateProfile | null> {
    setSignInMessage(null)
    const result = await signIn(code, pin)
    if (result.ok) {
      setPinInput('')
      setErrors(({ delegateCode: _code, pin: _pin, ...rest }) => rest)
      return result.profile
    }
    setErrors((current) => ({ ...current, ...result.fields }))
    setSignInMessage(result.fields.pin ? null : (result.message ?? null))
    return null
  }

  useDidShow(() => {
    // The draft may have changed while this tab was hidden (我的建议 → 修改后重发).
    setDraft(readDraft())
    const pending = takePendingCardId()
    if (pending && isKnownCardId(pending)) {
      update({ cardId: pending })
      setSentRequestId(null)
    }
    // Opened from the QR code of a 代表证 slip: code and pin filled in, signed in at once.
    const slip = takeSlipCredentials()
    if (slip) {
      setCodeInput(slip.code)
      setPinInput(slip.pin)
      void signInWith(slip.code, slip.pin)
    }
  })

  const chosenCard = draft.cardId ? findCard(report, draft.cardId) : undefined
  const sentItem = sentRequestId ? outboxItems.find((item) => item.requestId === sentRequestId) : undefined

  async function submit() {
    if (sending) return
    const senderCode = profile?.code ?? normaliseDelegateCode(codeInput)
    const validation = validateSuggestion(
      {
        title: draft.title,
        content: draft.content,
        cardId: draft.cardId,
        phone: draft.phone,
        cosigners: splitCodes(draft.cosigners),
      },
      { isKnownCardId, senderCode: senderCode || undefined },
    )
    const found: FieldErrors = {
      ...(validation.ok ? {} : validation.fields),
      ...(profile ? {} : signInFieldErrors(codeInput, pinInput)),
    }
    if (Object.keys(found).length > 0) {
      setErrors(found)
      return
    }
    if (!validation.ok) return
    setSending(true)
    try {
      // Not signed in yet: code and pin first (the draft stays saved whatever the answer).
      const sender = profile ?? (await signInWith(codeInput, pinInput))
      if (!sender) return
      const outbox = suggestionOutbox()
      const item = await outbox.enqueue(sender.code, validation.value, sender.session)
      clearDraft()
      setDraft(EMPTY_DRAFT)
      setSentRequestId(item.requestId)
      await outbox.flush()
    } finally {
      setSending(false)
    }
  }

  if (sentItem) {
    return (
      <ReadingPage className='suggest-page'>
        <SuggestionReceipt
          item={sentItem}
          cardTitle={findCard(report, sentItem.suggestion.cardId)?.title}
          onWriteAnother={() => setSentRequestId(null)}
          onEditAgain={() =>
            void returnToDraft(sentItem.requestId).then((draft) => {
              if (draft) setDraft(draft)
              setSentRequestId(null)
            })
          }
        />
      </ReadingPage>
    )
  }

  const contentLength = textLength(draft.content)
  return (
    <ReadingPage className='suggest-page'>
      <View className='suggest-page__intro'>
        <Text className='suggest-page__heading'>代表建议 · 列席意见</Text>
        <Text className='suggest-page__lead'>写给人大办，围绕报告中的一张卡片。提交后可在「我的」查看办理状态。</Text>
      </View>

      <View className='suggest-form'>
        <FormField label='相关卡片' error={errors.cardId}>
          <View
            className={`suggest-form__card${chosenCard ? '' : ' suggest-form__card--empty'}`}
            role='button'
            {...tappable}
            onClick={() => setChoosing(true)}
          >
            <Text>{chosenCard ? chosenCard.title : '点按选择报告中的一张卡片'}</Text>
            <Text className='suggest-form__card-action'>{chosenCard ? '更换卡片' : '选择卡片'}</Text>
          </View>
        </FormField>

        <FormField label='标题' error={errors.title} aside={<Text className='suggest-form__count'>4–50字</Text>}>
          <Input
            className='form-input'
            value={draft.title}
            maxlength={60}
            placeholder='一句话说清建议，如：加快小微水体治理进度'
            aria-label='标题'
            onInput={(event) => update({ title: event.detail.value })}
          />
        </FormField>

        <FormField
          label='内容'
          error={errors.content}
          aside={
            <Text className={`suggest-form__count${contentLength > CONTENT_MAX ? ' suggest-form__count--over' : ''}`}>
              已输入 {contentLength}/{CONTENT_MAX}
            </Text>
          }
        >
          <Textarea
            className='form-textarea'
            value={draft.content}
            maxlength={-1}
            placeholder='具体说明问题和建议，至少10个字'
            aria-label='内容'
            onInput={(event) => update({ content: event.detail.value })}
          />
        </FormField>

        <FormField label='联系电话' hint='选填' error={errors.phone}>
          <Input
            className='form-input'
            type='number'
            value={draft.phone}
            maxlength={11}
            placeholder='便于人大办联系，11位手机号'
            aria-label='联系电话'
            onInput={(event) => update({ phone: event.detail.value })}
          />
        </FormField>

        <FormField label='附议代表' hint='选填，填写代表编码，用逗号分隔；对方在「我的」确认后才算附议' error={errors.cosigners}>
          <Input
            className='form-input'
            value={draft.cosigners}
            placeholder='如：NT0002, NT0003'
            aria-label='附议代表编码'
            onInput={(event) => update({ cosigners: event.detail.value })}
          />
        </FormField>

        {profile ? (
          <View className='suggest-form__sender'>
            <Text>
              提交人：{profile.name}（{profile.delegation} · {profile.role}）
            </Text>
            <View className='suggest-form__switch' role='button' {...tappable} onClick={signOut}>
              更换编码
            </View>
          </View>
        ) : (
          <DelegateSignIn
            code={codeInput}
            pin={pinInput}
            errors={errors}
            message={signInMessage}
            onCode={(value) => {
              setCodeInput(value)
              setSignInMessage(null)
              setErrors(({ delegateCode: _removed, ...rest }) => rest)
            }}
            onPin={(value) => {
              setPinInput(value)
              setSignInMessage(null)
              setErrors(({ pin: _removed, ...rest }) => rest)
            }}
          />
        )}

        <Button className='suggest-form__submit' type='primary' block loading={sending} onClick={() => void submit()}>
          提交
        </Button>
        <Text className='suggest-form__saved'>已自动保存草稿</Text>
      </View>

      {choosing && (
        <CardChooser
          report={report}
          selectedId={draft.cardId}
          onChoose={(cardId) => {
            update({ cardId })
            setChoosing(false)
          }}
          onClose={() => setChoosing(false)}
        />
      )}
    </ReadingPage>
  )
}
