import type { Figure } from '../../report/types'

export interface FigureParts {
  /** 约 when the figure is approximate and written with 约 before it */
  prefix: string
  /** The number as written: "11.5", "157789" */
  number: string
  /** Everything after the number: "万人", "余万元", "%以上" */
  unit: string
}

/** Splits a figure's text so the number can be set large and the unit small. */
export function figureParts(figure: Figure): FigureParts {
  const match = /^([\d.,]+)(.*)$/.exec(figure.text)
  const number = match?.[1] ?? String(figure.value)
  const unit = match ? (match[2] ?? '') : figure.unit
  // 余/多/以上 stay in the text; only a 约 in front is lost from `text`.
  const marked = /[余多]|以上/.test(figure.text)
  return { prefix: figure.approx && !marked ? '约' : '', number, unit }
}
