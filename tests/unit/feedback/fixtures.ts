import { parseRoster } from '../../../src/feedback/roster'

export const roster = parseRoster(
  [
    'code,name,delegation,role',
    'NT0001,王建国,牛塘片代表小组,代表',
    'NT0002,李秀英,卢家巷片代表小组,代表',
    'NT0101,徐海峰,列席人员,列席',
  ].join('\n'),
  'test roster',
)

export const suggestion = {
  title: '建议增设公交站点',
  content: '牛塘片区居民出行不便,建议增设公交站点。',
  cardId: 'review-2-3',
}

let n = 0
/** A fresh, valid v4 uuid per call. */
export function uuid(): string {
  n++
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export function submitEvent(overrides: Record<string, unknown> = {}) {
  return { action: 'submit', requestId: uuid(), delegateCode: 'NT0001', suggestion, ...overrides }
}
