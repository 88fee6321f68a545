/**
 * The report's headings cut into their unbreakable units once, at build time
 * (`npm run report:data` → data/heading-units.json; a unit test fails when stale).
 * Cutting them on the phone meant Intl.Segmenter loading its Chinese word
 * dictionary while the first screen was drawn (about 45 ms on a mid-range
 * phone, issue 10); and a phone without Intl.Segmenter (iOS < 14.5) now breaks
 * these headings between words as well, not only between clauses.
 */
import { headingUnits } from './heading-units'
import type { Report } from './types'
import type { ReportWording } from './report-wording'

/** Every heading text the reading pages set with <Heading> or <WholeWords>, in page order, each once. */
export function headingTextsOf(report: Report, wording: ReportWording): string[] {
  const texts = [
    report.meta.title,
    report.meta.meeting,
    wording.highlightsTitle,
    ...wording.parts.map((part) => part.heading),
    ...(wording.economyTitle ? [wording.economyTitle] : []),
    ...report.parts.flatMap((part) => part.sections.flatMap((section) => [section.headline, ...section.cards.map((card) => card.title)])),
  ]
  return [...new Set(texts.filter((text) => text.length > 0))]
}

/** The units of each heading, as the app looks them up (the text is the units joined). */
export function headingUnitsOf(report: Report, wording: ReportWording): string[][] {
  return headingTextsOf(report, wording).map((text) => headingUnits(text))
}
