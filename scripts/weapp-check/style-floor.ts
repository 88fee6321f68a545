/**
 * Styles that iOS before 14.5 ignores, and where that loses layout: `inset`
 * (a sheet loses its offsets) and flex `gap` (the spacing collapses). Grid gap
 * is fine there (Safari 12). Checked in every shipped WXSS and H5 CSS file.
 */
import fs from 'node:fs'
import path from 'node:path'
import postcss from 'postcss'
import { filesUnder, type Finding } from './files'

const INSET = /^inset(-block|-inline)?(-start|-end)?$/
const GAP = /^(gap|row-gap|column-gap|grid-gap)$/

export function checkStylesheet(file: string, css: string): Finding[] {
  const findings: Finding[] = []
  postcss.parse(css, { from: file }).walkRules((rule) => {
    let display = ''
    rule.walkDecls('display', (decl) => {
      display = decl.value.trim()
    })
    rule.walkDecls((decl) => {
      const prop = decl.prop.toLowerCase()
      if (INSET.test(prop)) findings.push({ file, message: `${rule.selector} { ${prop} } (iOS before 14.5 ignores it: use top/right/bottom/left)` })
      if (GAP.test(prop) && !/grid/.test(display)) {
        findings.push({ file, message: `${rule.selector} { ${prop} } outside a grid (iOS before 14.5 ignores flex gap: use margins)` })
      }
    })
  })
  return findings
}

export function checkStyleFloor(buildDir: string): { files: number; findings: Finding[] } {
  const sheets = filesUnder(buildDir).filter((file) => file.endsWith('.wxss') || file.endsWith('.css'))
  const findings = sheets.flatMap((file) => checkStylesheet(file, fs.readFileSync(path.join(buildDir, file), 'utf8')))
  return { files: sheets.length, findings }
}
