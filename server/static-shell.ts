/**
 * The static shell: the first screen of a page as plain HTML inside index.html,
 * so it paints before the app's JavaScript has arrived and run (the page's own
 * script in src/index.html removes it once the app has drawn the same page).
 * The cover and a card get one; other pages load as before.
 */
import { splitItemByFigures, figuresOfItem } from '../src/report/figure-segments'
import { reportOutline, type ReportOutline } from '../src/report/outline'
import { findCard, partOf, sectionOf } from '../src/report/reading-order'
import { report as bundledReport } from '../src/report/report'
import { REPORT_SHARE_TITLE } from '../src/report/share-title'
import type { Figure, Report } from '../src/report/types'
import { reportWording } from '../src/report/wording-data'
import { chineseNumber, figureParts, formatChineseDate } from '../src/report/wording'

/** The share mark of a card link (src/services/share-link.ts). */
const FROM_SHARE = 'share'

const SHELL_SLOT = '<div id="static-shell"></div>'

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function figureTile(figure: Figure & { cardId: string }): string {
  const { prefix, number, unit } = figureParts(figure)
  const change = figure.change
    ? `<span class="ss-${figure.change.direction}">${figure.change.direction === 'up' ? '↑' : '↓'}${figure.change.percent}%</span>`
    : ''
  return (
    `<a class="ss-figure" href="/pages/card/index?id=${escapeHtml(figure.cardId)}">` +
    `<span class="ss-value">${prefix ? `<span class="ss-unit">${prefix}</span>` : ''}<span class="ss-number">${escapeHtml(number)}</span><span class="ss-unit">${escapeHtml(unit)}</span></span>` +
    `<span class="ss-label">${escapeHtml(figure.label)}</span>${change}</a>`
  )
}

export function coverShell(outline: ReportOutline = reportOutline): string {
  const { meta } = outline
  const parts = outline.parts
    .map(
      (part) =>
        `<section class="ss-block"><h2 class="ss-heading">${escapeHtml(part.title.replace(/^\d{4}年/, ''))}</h2>` +
        part.sections
          .map(
            (tile) =>
              `<a class="ss-tile" href="/pages/section/index?id=${escapeHtml(tile.id)}">` +
              `<span class="ss-num" aria-hidden="true">${chineseNumber(tile.number)}</span>` +
              `<span class="ss-tile-body"><span class="ss-slogan">${escapeHtml(tile.slogan)}</span><span class="ss-topic">${escapeHtml(tile.topic)}</span></span>` +
              `<span class="ss-count">${tile.cardCount} 张卡片</span></a>`,
          )
          .join('') +
        '</section>',
    )
    .join('')
  return (
    `<header class="ss-band"><span class="ss-title">${escapeHtml(meta.title)}</span>` +
    `<span class="ss-meeting">${escapeHtml(meta.meeting)}</span>` +
    `<span class="ss-byline">${formatChineseDate(meta.date)} · ${escapeHtml(meta.speaker)}</span></header>` +
    `<a class="ss-search" href="/pages/search/index"><span class="ss-icon" aria-hidden="true">⌕</span>搜索报告内容</a>` +
    `<section class="ss-block"><h2 class="ss-heading">${escapeHtml(reportWording.highlightsTitle)}</h2><div class="ss-strip">${outline.highlights.map(figureTile).join('')}</div></section>` +
    parts
  )
}

/**
 * The card page's slim top bar as the app draws it on a first visit (no page to go
 * back to: ‹ 目录 only), and for a visitor from a share the banner that stays.
 * Same heights as the app's, so nothing jumps when the app takes over.
 */
function cardTop(fromShare: boolean, sectionTopic: string): string {
  const bar =
    `<nav class="ss-top" aria-label="页面导航"><a class="ss-top-link" href="/" aria-label="目录">‹ 目录</a>` +
    `<span class="ss-top-title">${escapeHtml(sectionTopic)}</span><span class="ss-top-spacer"></span></nav>`
  if (!fromShare) return bar
  return (
    bar +
    `<div class="ss-share"><span class="ss-share-mark">来自分享</span>` +
    `<a class="ss-share-link" href="/"><span>${escapeHtml(REPORT_SHARE_TITLE)} · <span class="ss-nowrap">阅读全文 ›</span></span></a></div>`
  )
}

export function cardShell(cardId: string, report: Report = bundledReport, fromShare = false): string | undefined {
  const card = findCard(report, cardId)
  if (!card) return undefined
  const section = sectionOf(report, card.id)
  const part = partOf(report, card.id)
  const items = card.items
    .map((item, index) => {
      const html = splitItemByFigures(item, figuresOfItem(card, index))
        .map((segment) => (segment.figure ? `<b>${escapeHtml(segment.text)}</b>` : escapeHtml(segment.text)))
        .join('')
      return `<p class="ss-item">${html}</p>`
    })
    .join('')
  return (
    cardTop(fromShare, section?.topic ?? '') +
    `<div class="ss-card-head"><div class="ss-crumb">${escapeHtml(`${part?.title ?? ''} · ${section?.topic ?? ''}`)}</div>` +
    `<h1 class="ss-card-title">${escapeHtml(card.title)}</h1></div><div class="ss-card-body">${items}</div>`
  )
}

/** The shell for a page address, or undefined for pages that have none. */
export function shellFor(pathname: string, search: URLSearchParams): string | undefined {
  if (pathname === '/' || pathname === '/index.html' || pathname === '/pages/index/index') return coverShell()
  if (pathname === '/pages/card/index') {
    const id = search.get('id')
    return id ? cardShell(id, bundledReport, search.get('from') === FROM_SHARE) : undefined
  }
  return undefined
}

/**
 * The report does not change while the server runs: each shell is rendered once.
 * Only real pages are kept (the cover and 42 cards), so made-up ids cannot grow it.
 */
const renderedShells = new Map<string, string>()

/** index.html with the shell for this address put into its slot. */
export function withStaticShell(indexHtml: string, url: string): string {
  if (!indexHtml.includes(SHELL_SLOT)) return indexHtml
  const parsed = new URL(url, 'http://local')
  const key = `${parsed.pathname}?${parsed.searchParams.get('id') ?? ''}&${parsed.searchParams.get('from') === FROM_SHARE ? FROM_SHARE : ''}`
  let shell = renderedShells.get(key)
  if (shell === undefined) {
    shell = shellFor(parsed.pathname, parsed.searchParams)
    if (shell !== undefined) renderedShells.set(key, shell)
  }
  // The page's title names the report the app was built from, whatever the template says.
  const titled = indexHtml.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${reportWording.place}政府工作报告`)}</title>`)
  return shell ? titled.replace(SHELL_SLOT, `<div id="static-shell">${shell}</div>`) : titled
}
