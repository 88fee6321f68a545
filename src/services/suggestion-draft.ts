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

const PARKED_KEY = 'suggest.parkedDrafts'

/** Whether a draft holds anything the delegate typed (a chosen card alone is not a draft). */
export function hasWriting(draft: SuggestionDraft): boolean {
  return [draft.title, draft.content, draft.phone, draft.cosigners].some((field) => field.trim() !== '')
}

function readParked(): Record<string, SuggestionDraft> {
  const stored = readStored<Record<string, SuggestionDraft> | null>(PARKED_KEY, null)
  return stored && typeof stored === 'object' ? stored : {}
}

/**
 * A draft belongs to its card: when the delegate starts 新写一条 on another card,
 * the draft in hand is kept under its own card (never lost) until 提建议 there again.
 */
export function parkDraft(draft: SuggestionDraft): void {
  if (!draft.cardId || !hasWriting(draft)) return
  writeStored(PARKED_KEY, { ...readParked(), [draft.cardId]: draft })
}

/** The draft kept for this card (taken out of the parked ones), or an empty one for it. */
export function takeDraftFor(cardId: string): SuggestionDraft {
  const parked = readParked()
  const kept = parked[cardId]
  if (!kept) return { ...EMPTY_DRAFT, cardId }
  const { [cardId]: _taken, ...rest } = parked
  writeStored(PARKED_KEY, rest)
  return { ...EMPTY_DRAFT, ...kept, cardId }
}

/** The card chosen on a card page's 提建议, taken once. */
export function takePendingCardId(): string | null {
  const id = readStored<string | null>(PENDING_CARD_KEY, null)
  if (id) writeStored(PENDING_CARD_KEY, null)
  return typeof id === 'string' && id ? id : null
}
