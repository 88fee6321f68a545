/**
 * At start-up, sends suggestions still waiting in the outbox. The outbox's code
 * is fetched only when something is waiting, so the first screen of a reader
 * who never wrote a suggestion does not carry it (H5; the weapp bundles it anyway).
 */
import { OUTBOX_STORAGE_KEY } from '../feedback/outbox-key'
import { stringStorage } from './storage'

export function resumeWaitingSuggestions(): void {
  const stored = stringStorage.get(OUTBOX_STORAGE_KEY)
  if (!stored || !stored.includes('待发送')) return
  void import('./suggestion-outbox').then((module) => module.resumeSuggestionOutbox())
}
