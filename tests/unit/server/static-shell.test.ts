import { describe, expect, it } from 'vitest'
import { findCard } from '../../../src/report/reading-order'
import { report } from '../../../src/report/report'
import { reportOutline } from '../../../src/report/outline'
import { cardShell, coverShell, escapeHtml, withStaticShell } from '../../../server/static-shell'

const INDEX = '<html><body><div id="static-shell"></div><div id="app"></div></body></html>'

/** The text a reader sees in a piece of HTML (tags dropped, entities decoded). */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
}

describe('the static shell', () => {
  it('puts the cover into the slot for the cover addresses only', () => {
    for (const url of ['/', '/pages/index/index', '/?from=share']) {
      const page = withStaticShell(INDEX, url)
      expect(page).toContain(reportOutline.meta.meeting)
      expect(page).toContain('<div id="app"></div>')
    }
    for (const url of ['/pages/section/index?id=review-1', '/pages/search/index', '/pages/card/index']) {
      expect(withStaticShell(INDEX, url)).toBe(INDEX)
    }
  })

  it('shows every section tile of both parts, with links a reader can follow before the app runs', () => {
    const html = coverShell()
    for (const part of reportOutline.parts) {
      for (const tile of part.sections) {
        expect(html).toContain(`href="/pages/section/index?id=${tile.id}"`)
        expect(visibleText(html)).toContain(`${tile.slogan}${tile.topic}${tile.cardCount} 张卡片`)
      }
    }
    expect(visibleText(html)).toContain('2022年7月14日 · 汤枫')
  })

  it('shows a card with every one of its sentences and its figures in bold', () => {
    const card = findCard(report, 'review-2-1')!
    const html = cardShell(card.id)!
    expect(visibleText(html)).toContain(card.items.join(''))
    for (const figure of card.figures) expect(html).toContain(`<b>${figure.text}</b>`)
    expect(withStaticShell(INDEX, '/pages/card/index?id=review-2-1&from=share')).toContain(card.title)
  })

  it('has no shell for an unknown card and escapes whatever it shows', () => {
    expect(withStaticShell(INDEX, '/pages/card/index?id=%3Cscript%3E')).toBe(INDEX)
    expect(escapeHtml('<a href="x">&\'')).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })

  it('keeps the share banner and the way to the cover on a card opened from a share, and only there', () => {
    const shared = visibleText(withStaticShell(INDEX, '/pages/card/index?id=review-4-2&from=share'))
    expect(shared).toContain('来自分享')
    expect(shared).toContain('牛塘镇2022年上半年政府工作报告 · 阅读全文 ›')
    expect(shared).toContain('‹ 目录')
    const direct = visibleText(withStaticShell(INDEX, '/pages/card/index?id=review-4-2'))
    expect(direct).toContain('‹ 目录')
    expect(direct).not.toContain('来自分享')
  })
})
