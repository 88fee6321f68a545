import { describe, expect, it } from 'vitest'
import { bandTitleFor, formatChange, layoutPoster, posterSentences } from '../../../src/poster/poster-layout'
import { figureParts, formatChineseDate } from '../../../src/report/wording'
import { report } from '../../../src/report/report'
import { economyCard, gdp, investment, measure, planCard, posterInput } from './fixtures'
import { expectSound, H, MARGIN, texts, W } from './layout-checks'

describe('layoutPoster with a figure', () => {
  const layout = layoutPoster(posterInput(), measure)

  it('keeps everything inside the canvas and its margins, without overlaps', () => {
    expectSound(layout)
  })

  it('draws the band, the title and the figure with its unit, change and label', () => {
    expect(texts(layout, 'band-title').map((t) => t.text)).toEqual(['牛塘镇政府工作报告 · 2022年上半年'])
    expect(texts(layout, 'title').map((t) => t.text).join('')).toBe('经济运行承压回升')
    const [number] = texts(layout, 'figure-number')
    const [unit] = texts(layout, 'figure-unit')
    const [change] = texts(layout, 'figure-change')
    const [label] = texts(layout, 'figure-label')
    expect(number?.text).toBe('45.2')
    expect(number?.font.size).toBe(180)
    expect(unit?.text).toBe('亿元')
    expect(unit!.box.x).toBeGreaterThan(number!.box.x + number!.box.width - 1)
    // Unit and change share the number's baseline.
    expect(unit!.y).toBe(number!.y)
    expect(change?.text).toBe('同比↓12.43%')
    expect(change?.color).toBe('#C62828')
    expect(label?.text).toBe('地区生产总值')
    expect(label!.box.y).toBeGreaterThanOrEqual(number!.box.y + number!.box.height)
  })

  it('shows the sentence with the figure in the body, wrapped within the width', () => {
    const body = texts(layout, 'body')
    expect(body.length).toBeGreaterThanOrEqual(2)
    expect(body[0]!.text.startsWith('1-6月')).toBe(true)
    expect(body[0]!.font.size).toBe(44)
    for (const line of body) expect(line.box.width).toBeLessThanOrEqual(W - 2 * MARGIN)
  })

  it('puts a code of at least 300 px bottom right with its caption, meeting and date bottom left', () => {
    const code = layout.ops.find((op) => op.kind === 'qr')!
    expect(code.box.width).toBeGreaterThanOrEqual(300)
    expect(code.box.height).toBe(code.box.width)
    expect(code.box.x + code.box.width).toBe(W - MARGIN)
    expect(code.box.y).toBeGreaterThan(H / 2)
    const [caption] = texts(layout, 'code-caption')
    expect(caption?.text).toBe('扫码阅读全文')
    expect(caption!.box.y).toBeGreaterThanOrEqual(code.box.y + code.box.height)
    expect(texts(layout, 'meeting').map((t) => t.text).join('')).toBe('牛塘镇第五届人民代表大会第二次会议')
    expect(texts(layout, 'date').map((t) => t.text)).toEqual(['2022年7月14日'])
    for (const t of [...texts(layout, 'meeting'), ...texts(layout, 'date')]) {
      expect(t.box.x + t.box.width).toBeLessThan(code.box.x)
    }
  })

  it('features the chosen figure and its own sentence', () => {
    const other = layoutPoster(posterInput({ figure: investment }), measure)
    expectSound(other)
    expect(texts(other, 'figure-number')[0]?.text).toBe('21.95')
    expect(texts(other, 'figure-change')[0]?.text).toBe('同比↑13%')
    expect(texts(other, 'figure-change')[0]?.color).toBe('#2E7D32')
    expect(texts(other, 'body')[0]?.text.startsWith('固定资产投资')).toBe(true)
  })
})

describe('layoutPoster without a figure', () => {
  const withFigure = layoutPoster(posterInput(), measure)
  const layout = layoutPoster(posterInput({ card: planCard, figure: undefined }), measure)

  it('is sound', () => {
    expectSound(layout)
  })

  it('has no figure, a larger title and at least three lines of text', () => {
    expect(layout.ops.some((op) => op.role.startsWith('figure'))).toBe(false)
    expect(layout.regions.figure).toBeUndefined()
    expect(texts(layout, 'title')[0]!.font.size).toBeGreaterThan(texts(withFigure, 'title')[0]!.font.size)
    expect(texts(layout, 'body').length).toBeGreaterThanOrEqual(3)
  })

  it('gives the figure\'s room to the text', () => {
    // The same long sentences, with and without the figure.
    const long = { ...economyCard, items: economyCard.items.map((item) => item.repeat(3)) }
    const plain = layoutPoster(posterInput({ card: long, figure: undefined }), measure)
    const featured = layoutPoster(posterInput({ card: long }), measure)
    expect(texts(plain, 'body').length).toBeGreaterThan(texts(featured, 'body').length)
  })

  it('cuts the text with an ellipsis when it does not fit', () => {
    const long = { ...planCard, items: planCard.items.map((item) => item.repeat(4)) }
    const cut = layoutPoster(posterInput({ card: long, figure: undefined }), measure)
    expectSound(cut)
    const body = texts(cut, 'body')
    expect(body[body.length - 1]!.text.endsWith('…')).toBe(true)
  })
})

describe('layoutPoster with awkward input', () => {
  it('shrinks a very long number to fit and moves the change under it', () => {
    const huge = { ...gdp, text: '1234567890.12万元', unit: '万元' }
    const layout = layoutPoster(posterInput({ card: { ...economyCard, figures: [huge] }, figure: huge }), measure)
    expectSound(layout)
    expect(texts(layout, 'figure-number')[0]!.font.size).toBeLessThan(180)
    const [change] = texts(layout, 'figure-change')
    const [label] = texts(layout, 'figure-label')
    expect(change!.box.y).toBe(label!.box.y)
  })

  it('keeps a long title to two lines with an ellipsis and strips emoji', () => {
    const title = '🎉全力做好企业服务,落实各项纾困惠企政策,帮助企业解决用工、融资、物流等实际困难,让政策红利精准直达市场主体'
    const layout = layoutPoster(posterInput({ card: { ...economyCard, title } }), measure)
    expectSound(layout)
    const lines = texts(layout, 'title').map((t) => t.text)
    expect(lines).toHaveLength(2)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(lines.join('')).not.toContain('🎉')
  })

  it('draws an image code (the mini-program code) at 300 px', () => {
    const image = { src: 'wxacode' }
    const layout = layoutPoster(posterInput({ code: { kind: 'image', image } }), measure)
    expectSound(layout)
    const op = layout.ops.find((o) => o.kind === 'image')
    expect(op && op.kind === 'image' && op.image).toBe(image)
    expect(op!.box.width).toBeGreaterThanOrEqual(300)
  })

  it('grows the code box for a long URL, still clear of the text', () => {
    const modules = Array.from({ length: 65 }, (_, r) => Array.from({ length: 65 }, (_, c) => (r * 7 + c) % 3 === 0))
    const layout = layoutPoster(posterInput({ code: { kind: 'qr', modules } }), measure)
    expectSound(layout)
    const op = layout.ops.find((o) => o.kind === 'qr')!
    expect(op.kind === 'qr' && op.moduleSize * 65).toBe(op.box.width)
  })

  it('handles a card with no items', () => {
    const layout = layoutPoster(posterInput({ card: { ...planCard, items: [] }, figure: undefined }), measure)
    expectSound(layout)
    expect(texts(layout, 'body')).toHaveLength(0)
  })
})

describe('poster text pieces', () => {
  it('formats the date and the change', () => {
    expect(formatChineseDate('2022-07-14')).toBe('2022年7月14日')
    expect(formatChineseDate('2022年7月')).toBe('2022年7月')
    expect(formatChange({ direction: 'down', percent: 12.43 })).toBe('同比↓12.43%')
    expect(formatChange({ direction: 'up', percent: 0.1 + 0.2 })).toBe('同比↑0.3%')
  })

  it('splits a figure into the number and what surrounds it', () => {
    expect(figureParts(gdp)).toEqual({ prefix: '', number: '45.2', unit: '亿元' })
    expect(figureParts({ ...gdp, text: '11.5万人', approx: true })).toEqual({ prefix: '约', number: '11.5', unit: '万人' })
    expect(figureParts({ ...gdp, text: '300余万元', approx: true })).toEqual({ prefix: '', number: '300', unit: '余万元' })
    expect(figureParts({ ...gdp, text: '96%以上', approx: true })).toEqual({ prefix: '', number: '96', unit: '%以上' })
  })

  it('picks the figure sentence and the next one; without a figure, the card’s sentences; never an editorial note', () => {
    expect(posterSentences(economyCard, investment)).toBe(economyCard.items[1]! + economyCard.items[2]!)
    expect(posterSentences(economyCard)).toBe(economyCard.items.join('').replace('(预计数,下同)', ''))
    expect(posterSentences({ ...planCard, items: ['一句', '二句'] })).toBe('一句。二句')
  })

  it('starts at the clause holding the chosen figure, not at the card’s first sentence', () => {
    const card = report.parts[0]!.sections[1]!.cards[0]!
    for (const figure of card.figures) {
      const excerpt = posterSentences(card, figure)
      expect(excerpt.startsWith(figure.label) || excerpt.slice(0, 60).includes(figure.text), `${figure.label}: ${excerpt}`).toBe(true)
      expect(excerpt).not.toMatch(/预计数|下同/)
    }
    const investment = card.figures.find((figure) => figure.label === '固定资产投资')!
    expect(posterSentences(card, investment).startsWith('固定资产投资21.95亿元')).toBe(true)
  })
})

describe('the band and the empty space', () => {
  it('names the half the card belongs to', () => {
    expect(bandTitleFor('review-2-1')).toBe('牛塘镇政府工作报告 · 2022年上半年')
    expect(bandTitleFor('plan-1-1')).toBe('牛塘镇政府工作报告 · 2022年下半年')
    const plan = layoutPoster(posterInput({ card: planCard, figure: undefined }), measure)
    expect(texts(plan, 'band-title')[0]!.text).toBe('牛塘镇政府工作报告 · 2022年下半年')
  })

  it('leaves no empty quarter on any poster of the report: the content stands between band and footer', () => {
    for (const part of report.parts) {
      for (const section of part.sections) {
        for (const card of section.cards) {
          for (const figure of [undefined, ...card.figures.slice(0, 2)]) {
            const layout = layoutPoster(posterInput({ card, figure }), measure)
            const footerTop = layout.ops.find((op) => op.role === 'footer-rule')!.box.y
            const blocks = [layout.regions.heading, layout.regions.figure, layout.regions.body].filter((box) => box !== undefined)
            const top = Math.min(...blocks.map((box) => box.y))
            const bottom = Math.max(...blocks.map((box) => box.y + box.height))
            const where = `${card.id} ${figure?.label ?? 'text only'}`
            expect(top - layout.regions.band!.height, where).toBeLessThan(H / 4)
            expect(footerTop - bottom, where).toBeLessThan(H / 4)
          }
        }
      }
    }
  }, 30_000)
})

describe('layoutPoster on the whole report', () => {
  it('makes a sound poster for every card, and for every figure of it', () => {
    let posters = 0
    for (const part of report.parts) {
      for (const section of part.sections) {
        for (const card of section.cards) {
          for (const figure of [undefined, ...card.figures]) {
            const layout = layoutPoster(posterInput({ card, figure, partTitle: `${part.title} · ${section.headline}` }), measure)
            expectSound(layout)
            expect(texts(layout, 'body').length).toBeGreaterThan(0)
            if (figure) expect(texts(layout, 'figure-label').map((t) => t.text).join('')).not.toBe('')
            posters++
          }
        }
      }
    }
    expect(posters).toBeGreaterThan(40)
  }, 30_000)
})
