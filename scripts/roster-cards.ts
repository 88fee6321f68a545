/**
 * `npm run roster:cards -- FILE [--origin URL] [--out FILE.html]`
 *
 * Gives every delegate in the roster CSV a pin (6 random digits from Node's
 * crypto, only where the pin is missing; the CSV is rewritten only then) and
 * writes a printable A4 sheet of 代表证 slips beside it (`<name>-cards.html`,
 * or `--out`): name, 代表小组, code, pin and a QR code that opens 提建议 with
 * code and pin filled in (`<origin>/pages/suggest/index?code=…&pin=…`).
 * The origin is `--origin`, else H5_BASE_URL, else http://localhost:10086.
 */
import { randomInt } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderSVG } from 'uqr'
import { parseRosterEntries, ROSTER_COLUMNS, type RosterEntry } from '../src/feedback/roster'

export const DEFAULT_ORIGIN = 'http://localhost:10086'
const SLIPS_PER_PAGE = 8

/** Fills missing pins with random ones; says whether any was missing. */
export function fillPins(entries: readonly RosterEntry[], random: (max: number) => number = randomInt): { entries: RosterEntry[]; filled: number } {
  let filled = 0
  const withPins = entries.map((entry) => {
    if (entry.pin) return entry
    filled++
    return { ...entry, pin: String(random(1_000_000)).padStart(6, '0') }
  })
  return { entries: withPins, filled }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function rosterCsvText(entries: readonly RosterEntry[]): string {
  const rows = entries.map((e) => [e.code, e.name, e.delegation, e.role, e.pin].map(csvCell).join(','))
  return `${[ROSTER_COLUMNS.join(','), ...rows].join('\n')}\n`
}

/** The address a slip's QR code opens: 提建议 with code and pin filled in. */
export function slipUrl(origin: string, { code, pin }: Pick<RosterEntry, 'code' | 'pin'>): string {
  const params = new URLSearchParams({ code, pin })
  return `${origin.replace(/\/+$/, '')}/pages/suggest/index?${params.toString()}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function slipHtml(entry: RosterEntry, origin: string): string {
  const qr = renderSVG(slipUrl(origin, entry), { border: 2, pixelSize: 4 })
  return `<div class="slip">
  <div class="text">
    <p class="title">牛塘镇第五届人民代表大会第二次会议 · 代表证</p>
    <p class="name">${escapeHtml(entry.name)}</p>
    <p class="group">${escapeHtml(entry.delegation)} · ${escapeHtml(entry.role)}</p>
    <p class="field">代表编码 <b>${escapeHtml(entry.code)}</b></p>
    <p class="field">口令 <b>${escapeHtml(entry.pin)}</b></p>
    <p class="hint">扫码打开「牛塘报告 · 提建议」，编码和口令已填好。口令请勿告诉他人。</p>
  </div>
  <div class="qr" aria-label="二维码">${qr}</div>
</div>`
}

export function cardsHtml(entries: readonly RosterEntry[], origin: string): string {
  const pages: string[] = []
  for (let i = 0; i < entries.length; i += SLIPS_PER_PAGE) {
    pages.push(`<section class="page">\n${entries.slice(i, i + SLIPS_PER_PAGE).map((e) => slipHtml(e, origin)).join('\n')}\n</section>`)
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>代表证口令条（${entries.length} 张）</title>
<style>
@page { size: A4; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1f1f1f; }
.page { display: grid; grid-template-columns: 1fr 1fr; grid-auto-rows: 68mm; width: 190mm; break-after: page; }
.page:last-child { break-after: auto; }
.slip { display: flex; gap: 3mm; align-items: center; padding: 4mm; border: 1px dashed #999; }
.text { flex: 1; min-width: 0; }
.text p { margin: 0 0 1.5mm; overflow-wrap: anywhere; }
.title { font-size: 8pt; color: #b71c1c; }
.name { font-size: 16pt; font-weight: 700; }
.group, .hint { font-size: 8pt; color: #5c5c5c; }
.field { font-size: 11pt; }
.field b { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13pt; letter-spacing: 0.05em; }
.qr { flex: none; width: 32mm; }
.qr svg { width: 100%; height: auto; display: block; }
</style>
</head>
<body>
${pages.join('\n')}
</body>
</html>
`
}

interface Arguments {
  file: string
  origin: string
  out: string
}

function parseArguments(argv: readonly string[], env: Record<string, string | undefined>): Arguments {
  const rest = [...argv]
  let origin = env.H5_BASE_URL || DEFAULT_ORIGIN
  let out: string | undefined
  let file: string | undefined
  while (rest.length) {
    const arg = rest.shift()!
    if (arg === '--origin') origin = rest.shift() ?? ''
    else if (arg === '--out') out = rest.shift()
    else if (!file) file = arg
    else throw new Error(`unexpected argument ${arg}`)
  }
  if (!file) throw new Error('usage: npm run roster:cards -- ROSTER.csv [--origin https://your.site] [--out slips.html]')
  if (!/^https?:\/\/[^/]+/.test(origin)) throw new Error(`--origin must be an http(s) address, got "${origin}"`)
  const parsed = path.parse(path.resolve(file))
  return { file: path.resolve(file), origin, out: path.resolve(out ?? path.join(parsed.dir, `${parsed.name}-cards.html`)) }
}

export function runRosterCards(argv: readonly string[], env: Record<string, string | undefined> = process.env): string {
  const { file, origin, out } = parseArguments(argv, env)
  const { entries, filled } = fillPins(parseRosterEntries(readFileSync(file, 'utf8'), file, { pinsRequired: false }))
  if (filled > 0) writeFileSync(file, rosterCsvText(entries))
  writeFileSync(out, cardsHtml(entries, origin))
  return `${filled > 0 ? `gave ${filled} delegates a new pin in ${file}; ` : ''}${entries.length} slips for ${origin} → ${out}`
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  try {
    console.log(runRosterCards(process.argv.slice(2)))
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
