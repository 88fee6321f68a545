/**
 * The links between review and plan the app shows, as generated data
 * (data/links.json, written by `npm run report:data`): for the report in
 * content/ its reviewed links (links-data.ts); for another report the entries
 * a secretary confirmed in the links file beside its text (report:links).
 */
import { CARD_LINKS, PROGRESS_LINKS, SECTION_LINKS } from './links-data'

export interface ReportLinks {
  sections: ReadonlyArray<{ review: string; plan: readonly string[] }>
  cards: ReadonlyArray<{ review: string; plan: string; note: string }>
  progress: ReadonlyArray<{ caption: string; done: string; goal: string }>
}

export const REVIEWED_LINKS: ReportLinks = { sections: SECTION_LINKS, cards: CARD_LINKS, progress: PROGRESS_LINKS }

/** The confirmed section links of a links file (report.links.json); proposals not yet confirmed are left out. */
export function confirmedLinks(json: string): ReportLinks {
  const data = JSON.parse(json) as { sections?: Array<{ review?: unknown; plan?: unknown; confirmed?: unknown }> }
  const sections = (data.sections ?? []).flatMap((entry) =>
    entry.confirmed === true && typeof entry.review === 'string' && Array.isArray(entry.plan) && entry.plan.every((id) => typeof id === 'string')
      ? [{ review: entry.review, plan: entry.plan as string[] }]
      : [],
  )
  return { sections, cards: [], progress: [] }
}
