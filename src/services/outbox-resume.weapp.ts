/** WeChat: no async chunks; see outbox-resume.ts. */
import { OUTBOX_STORAGE_KEY } from '../feedback/outbox-key'
import { stringStorage } from './storage'
import { resumeSuggestionOutbox } from './suggestion-outbox'

export function resumeWaitingSuggestions(): void {
  const stored = stringStorage.get(OUTBOX_STORAGE_KEY)
  if (stored && stored.includes('待发送')) resumeSuggestionOutbox()
}
