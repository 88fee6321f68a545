import { Input, Text, Textarea, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import { useState } from 'react'
import { CardChooser } from '../../components/card-chooser'
import { DelegateSignIn } from '../../components/delegate-sign-in'
import { FormField } from '../../components/form-field'
import { openSuggestionTarget } from '../../components/page-links'
import { ReadingPage } from '../../components/reading-page'
import { SuggestionReceipt } from '../../components/suggestion-receipt'
import { tappable } from '../../components/tappable'
import { cardIndexOf } from '../../feedback/card-index'
import { CONTENT_MAX, normaliseDelegateCode, textLength, validateSuggestion } from '../../feedback/schema'
import { signInFieldErrors } from '../../feedback/sign-in-copy'
import type { FieldErrors } from '../../feedback/types'
import { report } from '../../report/report'
import { signIn, signOut, useDelegateProfile, type DelegateProfile } from '../../services/delegate-profile'
import { askForNotices } from '../../services/notice-subscription'
import { revealField, scrollToTop } from '../../services/field-focus'
import { takeSlipCredentials } from '../../services/slip-credentials'
import {
  EMPTY_DRAFT,
  clearDraft,
  hasWriting,
  parkDraft,
  readDraft,
  saveDraft,
  takeDraftFor,
  takePendingCardId,
  type SuggestionDraft,
} from '../../services/suggestion-draft'
import { returnToDraft, suggestionOutbox, useOutboxItems } from '../../services/suggestion-outbox'
import './index.css'

// The cards and the report-wide targets (报告总体, 开篇, 存在的不足, 结束语, 经济运行一览).
const targets = cardIndexOf(report)
const isKnownCardId = (id: string) => targets.has(id)

/** The fields in the order they stand on the form: an error scrolls to the first of them. */
const FIELD_ORDER = ['cardId', 'title', 'content', 'phone', 'cosigners', 'delegateCode', 'pin'] as const

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
  // 提建议 from another card while a draft is in hand: continue it, or start one for that card.
  const [otherCard, setOtherCard] = useState<string | null>(null)

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
      const current = readDraft()
      // A draft belongs to its card: never move one silently onto another card.
      if (current.cardId && current.cardId !== pending && hasWriting(current)) setOtherCard(pending)
      else if (!hasWriting(current)) {
        // Nothing typed here yet: the draft kept for that card, if any, comes back.
        const next = takeDraftFor(pending)
        saveDraft(next)
        setDraft(next)
      } else update({ cardId: pending })
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

  const chosenTitle = draft.cardId ? targets.title(draft.cardId) : undefined
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
      // Show the first problem and put the cursor there (after the messages have rendered).
      const first = FIELD_ORDER.find((field) => found[field])
      if (first) setTimeout(() => revealField(first), 50)
      return
    }
    if (!validation.ok) return
    // Still inside the tap: WeChat asks for the 交办/答复 notices only from one.
    askForNotices()
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
      // The receipt opens at its top, not where the 提交 button was.
      scrollToTop()
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
          cardTitle={targets.title(sentItem.suggestion.cardId)}
          onBackToCard={() => openSuggestionTarget(sentItem.suggestion.cardId)}
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
        <FormField name='cardId' label='相关卡片' error={errors.cardId}>
          <View
            className={`suggest-form__card${chosenTitle ? '' : ' suggest-form__card--empty'}`}
            role='button'
            {...tappable}
            onClick={() => setChoosing(true)}
          >
            <Text>{chosenTitle ?? '点按选择报告中的一张卡片，或报告总体'}</Text>
            <Text className='suggest-form__card-action'>{chosenTitle ? '更换卡片' : '选择卡片'}</Text>
          </View>
        </FormField>

        <FormField name='title' label='标题' error={errors.title} aside={<Text className='suggest-form__count'>4–50字</Text>}>
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
          name='content'
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

        <FormField name='phone' label='联系电话' hint='选填' error={errors.phone}>
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

        <FormField name='cosigners' label='附议代表' hint='选填，填写代表编码，用逗号分隔；对方在「我的」确认后才算附议' error={errors.cosigners}>
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

      </View>
      {/* 提交 stays in reach of a thumb at the bottom, above the tab bar, while the form scrolls. */}
      <View className='suggest-form__submit-bar'>
        <Button className='suggest-form__submit' type='primary' block loading={sending} onClick={() => void submit()}>
          提交
        </Button>
        <Text className='suggest-form__saved'>已自动保存草稿</Text>
      </View>

      {otherCard ? (
        <View className='suggest-draft-choice' role='dialog' aria-label='草稿'>
          <View className='suggest-draft-choice__box'>
            <Text className='suggest-draft-choice__text'>
              你有一条关于《{targets.title(draft.cardId) ?? draft.cardId}》的草稿还没提交。要为《{targets.title(otherCard) ?? otherCard}》另写一条吗？
            </Text>
            <View
              className='suggest-draft-choice__button'
              role='button'
              {...tappable}
              onClick={() => setOtherCard(null)}
            >
              继续草稿
            </View>
            <View
              className='suggest-draft-choice__button suggest-draft-choice__button--primary'
              role='button'
              {...tappable}
              onClick={() => {
                // The draft in hand stays with its card; the other card gets its own (or the one kept for it).
                parkDraft(readDraft())
                const next = takeDraftFor(otherCard)
                saveDraft(next)
                setDraft(next)
                setErrors({})
                setOtherCard(null)
              }}
            >
              新写一条
            </View>
          </View>
        </View>
      ) : null}

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
