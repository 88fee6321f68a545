import type { Page } from 'playwright-core'

/**
 * What a reader on a small phone at a large type size would call broken, measured
 * inside the page on screen (pages below in Taro's stack stay in the DOM, hidden).
 */

/** Elements wider than the screen, outside any horizontal scroller; text "what w×h at x". */
export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const problems: string[] = []
    if (document.documentElement.scrollWidth > width + 1) problems.push(`document ${document.documentElement.scrollWidth}px wide`)
    const scrolls = (element: Element) => {
      const style = getComputedStyle(element)
      return ['auto', 'scroll', 'hidden'].includes(style.overflowX)
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.right <= width + 1 && box.left >= -1) continue
      // The page itself scrolls (Taro H5): only scrollers inside it may hold wide content.
      const visiblePage = element.closest('.taro_page') ?? document.body
      let parent = element.parentElement
      let clipped = false
      while (parent && parent !== visiblePage) {
        if (scrolls(parent)) {
          clipped = true
          break
        }
        parent = parent.parentElement
      }
      if (!clipped && getComputedStyle(element).position !== 'fixed') {
        problems.push(`${element.className || element.tagName} «${(element.textContent ?? '').trim().slice(0, 16)}» ${Math.round(box.left)}–${Math.round(box.right)}`)
      }
    }
    return problems
  })
}

/**
 * Every line of every visible heading (and the cover's title and meeting), as the characters laid out on it (read from the
 * rectangles of single characters, so it measures what is drawn, not what is written).
 */
export async function headingLines(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('[role="heading"], h1, h2, h3, .report-cover__title, .report-cover__meeting')].filter((element) => {
      const box = element.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && !element.closest('#static-shell:empty')
    })
    return headings.map((heading) => {
      const lines: { top: number; text: string }[] = []
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (let at = 0; at < text.length; at++) {
          if (/\s/.test(text[at]!)) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + 1)
          const box = range.getBoundingClientRect()
          if (box.width === 0) continue
          const line = lines.find((candidate) => Math.abs(candidate.top - box.top) < box.height / 2)
          if (line) line.text += text[at]
          else lines.push({ top: box.top, text: text[at]! })
        }
      }
      return lines.sort((a, b) => a.top - b.top).map((line) => line.text)
    })
  })
}

/** Headings with a line of a single character, or a protected word split across lines. */
export function brokenHeadings(lines: string[][], words: readonly string[]): string[] {
  const problems: string[] = []
  for (const heading of lines) {
    const whole = heading.join('')
    if (heading.length > 1 && heading.some((line) => [...line].length < 2)) problems.push(`single character line in «${heading.join('|')}»`)
    for (const word of words) {
      if (whole.includes(word) && !heading.some((line) => line.includes(word))) problems.push(`«${word}» broken in «${heading.join('|')}»`)
    }
  }
  return problems
}

/** Visible links and buttons smaller than 44 × 44 CSS px. */
export async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="link"], [role="button"], button, a[href]')]
      .filter((element) => !element.closest('#static-shell'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
      .map(({ element, box }) => `«${element.textContent?.trim().slice(0, 20)}» ${Math.round(box.width)}×${Math.round(box.height)}`),
  )
}
