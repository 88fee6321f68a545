import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Invitation } from '../../feedback/types'
import { tappable } from '../tappable'
import './index.css'

export interface CosignInvitationsProps {
  invitations: readonly Invitation[]
  onAnswer: (suggestionId: string, accept: boolean) => Promise<void>
}

/** Others' suggestions that name this delegate as co-signer: nothing counts until they say 附议. */
export function CosignInvitations({ invitations, onAnswer }: CosignInvitationsProps) {
  const [busy, setBusy] = useState<string | null>(null)
  if (invitations.length === 0) return null

  const answer = (suggestionId: string, accept: boolean) => {
    if (busy) return
    setBusy(suggestionId)
    void onAnswer(suggestionId, accept).finally(() => setBusy(null))
  }

  return (
    <View className='cosign-invitations' role='list' aria-label='附议邀请'>
      {invitations.map((invitation) => (
        <View key={invitation.suggestionId} className='cosign-invitation' role='listitem'>
          <Text className='cosign-invitation__lead'>{invitation.from} 邀请您附议</Text>
          <Text className='cosign-invitation__title'>{invitation.title}</Text>
          <Text className='cosign-invitation__meta'>回执 {invitation.receipt}</Text>
          <View className='cosign-invitation__actions'>
            <View
              className='cosign-invitation__accept'
              role='button'
              {...tappable}
              aria-label={`附议：${invitation.title}`}
              aria-disabled={busy === invitation.suggestionId}
              onClick={() => answer(invitation.suggestionId, true)}
            >
              附议
            </View>
            <View
              className='cosign-invitation__decline'
              role='button'
              {...tappable}
              aria-label={`不附议：${invitation.title}`}
              aria-disabled={busy === invitation.suggestionId}
              onClick={() => answer(invitation.suggestionId, false)}
            >
              不附议
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
