import { parseRoster } from '../../../src/feedback/roster'

export const PINS = { NT0001: '135790', NT0002: '246802', NT0101: '000123', NT9001: '975310' } as const

export const roster = parseRoster(
  [
    'code,name,delegation,role,pin',
    `NT0001,王建国,牛塘片代表小组,代表,${PINS.NT0001}`,
    `NT0002,李秀英,卢家巷片代表小组,代表,${PINS.NT0002}`,
    `NT0101,徐海峰,列席人员,列席,${PINS.NT0101}`,
    `NT9001,周敏,人大办,工作人员,${PINS.NT9001}`,
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

export function signInEvent(delegateCode: keyof typeof PINS = 'NT0001', pin: string = PINS[delegateCode]) {
  return { action: 'signin', delegateCode, pin }
}

export function submitEvent(session: string | undefined, overrides: Record<string, unknown> = {}) {
  return { action: 'submit', requestId: uuid(), session, suggestion, ...overrides }
}
