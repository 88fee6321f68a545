import { useEffect, useState } from 'react'
import { Outbox, type OutboxItem } from '../feedback/outbox'
import { onDelegateChanged, sessionFor } from './delegate-profile'
import { callFeedback } from './feedback-transport'
import { onNetworkRestored } from './network-status'
import { stringStorage } from './storage'
import { saveDraft, type SuggestionDraft } from './suggestion-draft'

/**
 * The app's one outbox: every suggestion is saved on the phone first, with
 * the session it was written under, then sent, and retried with backoff,
 * whenever the network comes back and after every sign-in, under the same
 * requestId, so it lands exactly once.
 */
let outbox: Outbox | undefined

export function suggestionOutbox(): Outbox {
  if (!outbox) {
    const created = new Outbox({ storage: stringStorage, send: callFeedback, sessionFor })
    onNetworkRestored(() => void created.flush({ force: true }))
    onDelegateChanged((profile) => {
      if (profile) void created.flush({ force: true })
    })
    outbox = created
  }
  return outbox
}

/** Sends whatever is still waiting (called once when the app starts). */
export function resumeSuggestionOutbox(): void {
  void suggestionOutbox().flush({ force: true })
}

/** The outbox's items, newest first, updated live. */
export function useOutboxItems(): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([])
  useEffect(() => {
    const box = suggestionOutbox()
    let active = true
    void box.items().then((current) => active && setItems(current))
    const unsubscribe = box.subscribe((next) => setItems(next))
    return () => {
      active = false
      unsubscribe()
    }
  }, [])
  return [...items].sort((a, b) => b.queuedAt - a.queuedAt)
}

/**
 * A refused suggestion goes back into the form as the draft (and leaves the
 * outbox) to be fixed and sent again; returns that draft.
 */
export async function returnToDraft(requestId: string): Promise<SuggestionDraft | undefined> {
  const outbox = suggestionOutbox()
  const item = (await outbox.items()).find((candidate) => candidate.requestId === requestId)
  if (!item) return undefined
  const { title, content, cardId, phone, cosigners } = item.suggestion
  const draft = { title, content, cardId, phone: phone ?? '', cosigners: (cosigners ?? []).join(', ') }
  saveDraft(draft)
  await outbox.remove(requestId)
  return draft
}
