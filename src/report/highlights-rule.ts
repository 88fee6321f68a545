/**
 * 数说: the figures a delegate looks for first, chosen by rule where no
 * reviewer chose them (the override file beside the text may list them,
 * app.highlights). From the review: money, people and rates before counts, a
 * figure with its year-on-year change before one without, exact before
 * approximate; at most one a card and, until every section has one, one a
 * section; in reading order.
 */
import type { Figure, Report } from './types'

export interface PlacedHighlight extends Figure {
  cardId: string
}

export const HIGHLIGHT_COUNT = 8
const MIN_HIGHLIGHTS = 4

const MONEY = new Set(['亿元', '万元', '万美元', '美元', '元'])
const PEOPLE = new Set(['万人', '人次', '人', '名', '户'])

function score(figure: Figure): number {
  let points = 0
  if (figure.change) points += 3
  if (MONEY.has(figure.unit)) points += 2
  else if (PEOPLE.has(figure.unit)) points += 1
  else if (figure.unit === '%' && /率/.test(figure.label)) points += 2
  else if (figure.unit === '%') points -= 2
  // A rate of 100% (整改率, 办结率) says little at a glance.
  if (figure.unit === '%' && figure.value >= 100) points -= 3
  if (figure.approx) points -= 1
  if ([...figure.label].length < 2 || [...figure.label].length > 14) points -= 2
  return points
}

export function highlightsOf(report: Report, chosenIds?: readonly string[]): PlacedHighlight[] {
  const placed: Array<PlacedHighlight & { section: string; order: number }> = []
  for (const part of report.parts) {
    for (const section of part.sections) {
      for (const card of section.cards) {
        for (const figure of card.figures) placed.push({ ...figure, cardId: card.id, section: section.id, order: placed.length })
      }
    }
  }
  const strip = ({ section: _section, order: _order, ...figure }: PlacedHighlight & { section: string; order: number }): PlacedHighlight => figure
  if (chosenIds) return chosenIds.flatMap((id) => placed.filter((figure) => figure.id === id).map(strip))
  const review = placed.filter((figure) => report.parts.find((part) => figure.cardId.startsWith(`${part.id}-`))?.kind === 'review')
  const ranked = [...review].sort((a, b) => score(b) - score(a) || a.order - b.order)
  const best = ranked.filter((figure) => score(figure) > 0)
  const chosen: typeof review = []
  const take = (figure: (typeof review)[number], perCard: number) => {
    const inCard = chosen.filter((c) => c.cardId === figure.cardId).length
    if (chosen.length < HIGHLIGHT_COUNT && inCard < perCard && !chosen.includes(figure)) chosen.push(figure)
  }
  for (const figure of best) if (!chosen.some((c) => c.section === figure.section)) take(figure, 1)
  for (const figure of best) take(figure, 1)
  // A short review (three cards) or one whose figures say little still gets a few: the next best, two a card.
  for (const figure of ranked) if (chosen.length < MIN_HIGHLIGHTS) take(figure, 2)
  return chosen.sort((a, b) => a.order - b.order).map(strip)
}
