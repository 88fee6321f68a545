import type { Suggestion } from '../../../src/feedback/types'
import { newHandling } from '../../../src/feedback/workflow'

/** A stored suggestion with its handling, for the pure desk functions. */
export function handled(id: number, overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    ...newHandling(),
    id: String(id),
    receipt: `NT-2022-${String(id).padStart(4, '0')}`,
    requestId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    delegateCode: 'NT0001',
    title: `建议${id}`,
    content: '牛塘片区居民出行不便,建议增设公交站点。',
    cardId: 'review-2-3',
    phone: null,
    cosigners: [],
    version: 1,
    createdAt: '2022-07-14T09:00:00.000Z',
    updatedAt: '2022-07-14T09:00:00.000Z',
    ...overrides,
  }
}
