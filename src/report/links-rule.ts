/**
 * Proposed links between what was done and what comes next (review ↔ plan
 * sections), by rule: the words two sections share (pairs of characters in
 * their headlines, card titles and items, weighted by how rare they are in
 * the report) and the figure labels they share. Proposals only: a secretary
 * confirms them in the reviewed links file (`npm run report:links -- FILE`);
 * the 2022 report's reviewed links stay in links-data.ts.
 */
import type { Report, Section } from './types'

export interface ProposedLink {
  review: string
  plan: string[]
  /** The shared words that weigh most, for the reviewer */
  because: string[]
}

/** Pairs too common in any report to tell two fields apart. */
const COMMON = new Set(
  '加快 推进 推动 持续 全面 进一步 提升 加强 坚持 发展 建设 工作 实现 着力 质量 高质 深入 扎实 不断 稳步 有序 有效 全力 积极 主动 切实 完善 健全 体系 机制 水平 能力 打造 强化 优化 做好 开展 完成 落实 重点 项目 全镇 全区 全省 我们 以上 同比 增长'
    .split(' ')
    .flatMap((word) => pairsOf(word)),
)

function pairsOf(text: string): string[] {
  const han = text.match(/\p{Script=Han}+/gu) ?? []
  return han.flatMap((run) => [...run].slice(0, -1).map((c, i) => c + ([...run][i + 1] ?? '')))
}

function wordsOf(section: Section): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (text: string, weight: number) => {
    for (const pair of pairsOf(text)) if (!COMMON.has(pair)) counts.set(pair, (counts.get(pair) ?? 0) + weight)
  }
  add(section.headline, 3)
  for (const card of section.cards) {
    add(card.title, 2)
    for (const item of card.items) add(item, 1)
    for (const figure of card.figures) add(figure.label, 2)
  }
  return counts
}

export function proposeSectionLinks(report: Report): ProposedLink[] {
  const review = report.parts.find((part) => part.kind === 'review')
  const plans = report.parts.filter((part) => part.kind === 'plan' || part.kind === 'government')
  if (!review || plans.length === 0) return []
  const planSections = plans.flatMap((part) => part.sections)
  const all = [...review.sections, ...planSections].map(wordsOf)
  // How many sections use a pair: a pair in every section says nothing.
  const spread = new Map<string, number>()
  for (const words of all) for (const pair of words.keys()) spread.set(pair, (spread.get(pair) ?? 0) + 1)
  const weight = (pair: string) => Math.log(all.length / (spread.get(pair) ?? all.length))
  const planWords = planSections.map(wordsOf)
  return review.sections.map((section) => {
    const words = wordsOf(section)
    const scored = planSections.map((plan, i) => {
      const shared = [...words.keys()].filter((pair) => planWords[i]?.has(pair))
      const score = shared.reduce((sum, pair) => sum + weight(pair) * Math.min(words.get(pair) ?? 0, planWords[i]?.get(pair) ?? 0), 0)
      return { plan, score, shared: shared.sort((a, b) => weight(b) - weight(a)) }
    })
    scored.sort((a, b) => b.score - a.score)
    const best = scored[0]
    const chosen = scored.filter((candidate) => best && candidate.score > 0 && candidate.score >= best.score * 0.8)
    return { review: section.id, plan: chosen.map((c) => c.plan.id), because: best?.shared.slice(0, 6) ?? [] }
  })
}
