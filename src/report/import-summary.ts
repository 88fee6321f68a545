/**
 * What `npm run report:import -- FILE` prints for a secretary, in plain
 * Chinese: who delivered the report and when, its parts, sections and card
 * counts, the figures found, and every doubt with its line and what to do.
 */
import type { Doubt } from './doubts'
import type { Report } from './types'
import { PART_KIND_NAMES } from './headings'
import { PARAGRAPH_TITLES } from './paragraph-kinds'
import { cardsInOrder } from './reading-order'
import { formatChineseDate } from './numerals'


export interface ImportSummaryInput {
  report: Report
  doubts: readonly Doubt[]
  file: string
  overridesFile?: string
  overrideCount?: number
}

export function importSummary({ report, doubts, file, overridesFile, overrideCount = 0 }: ImportSummaryInput): string[] {
  const { meta } = report
  const cards = cardsInOrder(report)
  const figures = cards.flatMap((card) => card.figures)
  const sections = report.parts.reduce((n, part) => n + part.sections.length, 0)
  const out: string[] = [
    `文件：${file}`,
    `报告：${meta.title}`,
    `会议：${meta.meeting}（${formatChineseDate(meta.date)}）`,
    `报告人：${meta.speaker}${meta.speakerTitle ? `（${meta.speakerTitle}）` : ''}`,
    `修正文件：${overridesFile ? `${overridesFile}（${overrideCount} 条修正）` : '没有'}`,
    '',
    `结构：${report.parts.length} 个部分，${sections} 节，${cards.length} 张卡片，${figures.length} 个数字`,
  ]
  report.parts.forEach((part, i) => {
    const cardCount = part.sections.reduce((n, s) => n + s.cards.length, 0)
    const intro = part.intro ? part.intro.split('\n').length : 0
    out.push(`${i + 1}. ${part.title || '（缺少标题）'}【${part.kind ? PART_KIND_NAMES[part.kind] : '未定'}】 编号 ${part.id}：引言 ${intro} 段，${part.sections.length} 节，${cardCount} 张卡片`)
    let group = 0
    for (const section of part.sections) {
      const groupOf = section.group ? part.groups?.[section.group - 1] : undefined
      if (groupOf && section.group !== group) out.push(`     ${groupOf.label}${groupOf.headline}`)
      group = section.group ?? 0
      const indent = section.group ? '       ' : '     '
      out.push(`${indent}${section.label || '·'}${section.headline}（${section.id}）：${section.cards.length} 张卡片${section.lead ? '，有导语' : ''}`)
    }
    if (part.after.length > 0) out.push(`     小节之后：${part.after.map((p) => PARAGRAPH_TITLES[p.kind]).join('、')}`)
  })
  out.push('', `数字：共 ${figures.length} 个${figures.length > 0 ? '，例如：' : ''}`)
  for (const card of cards.filter((c) => c.figures.length > 0).slice(0, 6)) {
    const figure = card.figures[0]
    if (figure) out.push(`  ${card.id} ${figure.label ? `${figure.label} ` : ''}${figure.approx && !/[余多]|以上/.test(figure.text) ? '约' : ''}${figure.text}`)
  }
  const blocking = doubts.filter((d) => d.blocking)
  out.push('', doubts.length === 0 ? '存疑：没有' : `存疑：${doubts.length} 处（其中 ${blocking.length} 处必须先处理）`)
  for (const d of doubts) {
    out.push(`  第 ${d.line} 行${d.blocking ? '【必须处理】' : '【请核对】'}${d.what}`, `      怎么办：${d.todo}`)
  }
  out.push('', blocking.length > 0 ? `结论：结构有 ${blocking.length} 处问题，改好之前不能发布。` : '结论：可以发布；上面的存疑请核对一遍。')
  return out
}
