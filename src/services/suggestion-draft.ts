import { readStored, writeStored } from './storage'

/** What the form holds while it is typed; saved on every change so a restart loses nothing. */
export interface SuggestionDraft {
  title: string
  content: string
  cardId: string
  phone: string
  cosigners: string
}

const STORAGE_KEY = 'suggest.draft'
/** Set by a card's 提建议 before switching to the form tab (tab pages take no query). */
export const PENDING_CARD_KEY = 'suggest.pendingCardId'

export const EMPTY_DRAFT: SuggestionDraft = { title: '', content: '', cardId: '', phone: '', cosigners: '' }

export function readDraft(): SuggestionDraft {
  const stored = readStored<Partial<SuggestionDraft> | null>(STORAGE_KEY, null)
  const draft = { ...EMPTY_DRAFT }
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(EMPTY_DRAFT) as Array<keyof SuggestionDraft>) {
      const value = stored[key]
      if (typeof value === 'string') draft[key] = value
    }
  }
  return draft
}

export function saveDraft(draft: SuggestionDraft): void {
  writeStored(STORAGE_KEY, draft)
}

export function clearDraft(): void {
  writeStored(STORAGE_KEY, EMPTY_DRAFT)
}

/** The card chosen on a card page's 提建议, taken once. */
export function takePendingCardId(): string | null {
  const id = readStored<string | null>(PENDING_CARD_KEY, null)
  if (id) writeStored(PENDING_CARD_KEY, null)
  return typeof id === 'string' && id ? id : null
}
