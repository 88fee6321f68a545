/**
 * The `feedback` cloud function as the harness's wx.cloud reaches it: the
 * project's real handle() (src/feedback/handler.ts) over the in-memory store,
 * with a roster and an OPENID as the cloud function gets them from WeChat, so
 * the app is checked against the contract itself rather than canned answers.
 */
import { cardIndexOf } from '../../../src/feedback/card-index'
import { handle } from '../../../src/feedback/handler'
import { createMemoryStore } from '../../../src/feedback/memory-store'
import type { Store } from '../../../src/feedback/store'
import type { Roster } from '../../../src/feedback/types'
import report from '../../../src/report/data/report.json'
import type { Report } from '../../../src/report/types'
import type { CloudFake } from './mini-program'

const cards = cardIndexOf(report as Pick<Report, 'parts'>)

export interface FeedbackCloud extends CloudFake {
  store: ReturnType<typeof createMemoryStore>
  /** Every call's data, in order */
  received: unknown[]
}

export function feedbackCloud(options: { roster: Roster; openid?: string; store?: Store }): FeedbackCloud {
  const store = (options.store ?? createMemoryStore()) as ReturnType<typeof createMemoryStore>
  const received: unknown[] = []
  return {
    store,
    received,
    async callFunction(name, data) {
      if (name !== 'feedback') throw new Error(`FunctionName parameter could not be found: ${name}`)
      received.push(data)
      const openid = options.openid ?? 'o-harness-delegate'
      return handle(data, { roster: options.roster, openid, clientAddress: openid, isKnownCardId: cards.has }, store)
    },
  }
}
