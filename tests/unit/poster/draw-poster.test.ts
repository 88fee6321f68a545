import jsQR from 'jsqr'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { drawPoster, fontString, posterFileName, renderPoster, type PosterContext } from '../../../src/poster/draw-poster'
import { layoutPoster, type PosterFont } from '../../../src/poster/poster-layout'
import { economyCard, gdp, measure, planCard, posterInput, url } from './fixtures'

const W = 1125
const H = 1800
const MARGIN = 72

interface TextCall {
  text: string
  x: number
  y: number
  font: string
  align: string
  baseline: string
  color: unknown
  width: number
}

/**
 * A fake Canvas 2D context: records fillText and drawImage calls, and paints
 * fillRect into an RGBA buffer (text is not rasterised) so the code can be
 * decoded from the poster as drawn.
 */
class FakeContext implements PosterContext {
  fillStyle: unknown = '#000000'
  font = '10px sans-serif'
  textAlign = 'start'
  textBaseline = 'alphabetic'
  readonly texts: TextCall[] = []
  readonly images: Array<{ image: unknown; x: number; y: number; w: number; h: number }> = []
  readonly pixels = new Uint8ClampedArray(W * H * 4)
  depth = 0
  private stack: Array<Pick<FakeContext, 'fillStyle' | 'font' | 'textAlign' | 'textBaseline'>> = []

  /** Reads the px size back out of the font shorthand, the way a canvas would. */
  private fontSize(): number {
    const m = /(\d+(?:\.\d+)?)px/.exec(this.font)
    if (!m) throw new Error(`no size in font "${this.font}"`)
    return Number(m[1])
  }

  measureText(text: string) {
    const size = this.fontSize()
    return { width: measure(text, { size, weight: 'normal', family: 'text' } satisfies PosterFont) }
  }

  fillText(text: string, x: number, y: number) {
    this.texts.push({ text, x, y, font: this.font, align: this.textAlign, baseline: this.textBaseline, color: this.fillStyle, width: this.measureText(text).width })
  }

  fillRect(x: number, y: number, width: number, height: number) {
    const color = String(this.fillStyle)
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
    if (!m) throw new Error(`fillStyle "${color}" is not a #rrggbb colour`)
    const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16))
    for (let py = Math.max(0, Math.round(y)); py < Math.min(H, Math.round(y + height)); py++) {
      for (let px = Math.max(0, Math.round(x)); px < Math.min(W, Math.round(x + width)); px++) {
        const at = (py * W + px) * 4
        this.pixels[at] = r!
        this.pixels[at + 1] = g!
        this.pixels[at + 2] = b!
        this.pixels[at + 3] = 255
      }
    }
  }

  drawImage(image: unknown, x: number, y: number, w: number, h: number) {
    this.images.push({ image, x, y, w, h })
  }

  save() {
    this.stack.push({ fillStyle: this.fillStyle, font: this.font, textAlign: this.textAlign, textBaseline: this.textBaseline })
    this.depth++
  }

  restore() {
    Object.assign(this, this.stack.pop())
    this.depth--
  }
}

/** Horizontal extent of a fillText call from its anchor and alignment. */
function extent(call: TextCall): [number, number] {
  if (call.align === 'left' || call.align === 'start') return [call.x, call.x + call.width]
  if (call.align === 'right' || call.align === 'end') return [call.x - call.width, call.x]
  return [call.x - call.width / 2, call.x + call.width / 2]
}

describe('drawPoster', () => {
  for (const [name, input] of [
    ['a card with a figure', posterInput()],
    ['a card without figures', posterInput({ card: planCard, figure: undefined })],
  ] as const) {
    it(`keeps every line of ${name} within the poster and its margins`, () => {
      const ctx = new FakeContext()
      renderPoster(ctx, input)
      expect(ctx.texts.length).toBeGreaterThan(5)
      for (const call of ctx.texts) {
        const [left, right] = extent(call)
        const size = Number(/(\d+)px/.exec(call.font)![1])
        expect(left, call.text).toBeGreaterThanOrEqual(MARGIN)
        expect(right, call.text).toBeLessThanOrEqual(W - MARGIN)
        expect(call.y - size, call.text).toBeGreaterThanOrEqual(0)
        expect(call.y + size / 2, call.text).toBeLessThanOrEqual(H - MARGIN)
        expect(['left', 'right', 'center']).toContain(call.align)
        expect(['middle', 'alphabetic']).toContain(call.baseline)
        expect(call.text).not.toMatch(/\p{Extended_Pictographic}/u)
      }
      expect(ctx.depth).toBe(0)
    })
  }

  it('paints the paper, the red band, and the figure in bold red figure digits', () => {
    const ctx = new FakeContext()
    renderPoster(ctx, posterInput())
    const pixel = (x: number, y: number) => Array.from(ctx.pixels.slice((y * W + x) * 4, (y * W + x) * 4 + 3))
    expect(pixel(10, 10)).toEqual([0xb7, 0x1c, 0x1c])
    expect(pixel(10, H - 10)).toEqual([0xfa, 0xf8, 0xf5])
    const figure = ctx.texts.find((t) => t.text === '45.2')!
    expect(figure.font.startsWith('bold 180px')).toBe(true)
    expect(figure.font).toContain('DIN Alternate')
    expect(figure.color).toBe('#B71C1C')
    const band = ctx.texts.find((t) => t.text.startsWith('牛塘镇政府工作报告'))!
    expect(band.color).toBe('#FFFFFF')
    expect(band.font).toContain('PingFang SC')
  })

  it('draws a QR code that decodes to the card URL from the whole poster', () => {
    const ctx = new FakeContext()
    renderPoster(ctx, posterInput())
    expect(jsQR(ctx.pixels, W, H)?.data).toBe(url)
  })

  it('draws an image code where the layout puts it', () => {
    const ctx = new FakeContext()
    const image = { width: 430, height: 430 }
    const layout = layoutPoster(posterInput({ code: { kind: 'image', image } }), measure)
    drawPoster(ctx, layout)
    const box = layout.ops.find((op) => op.kind === 'image')!.box
    expect(ctx.images).toEqual([{ image, x: box.x, y: box.y, w: box.width, h: box.height }])
  })

  it('sets the font before measuring, so the layout measures what is drawn', () => {
    const ctx = new FakeContext()
    const layout = renderPoster(ctx, posterInput())
    for (const op of layout.ops) {
      if (op.kind !== 'text') continue
      const call = ctx.texts.find((t) => t.text === op.text && t.x === op.x && t.y === op.y)!
      expect(call.font).toBe(fontString(op.font))
      expect(op.box.width).toBeCloseTo(call.width)
    }
  })

  it('is satisfied by the browser context type', () => {
    expectTypeOf<CanvasRenderingContext2D>().toExtend<PosterContext>()
  })
})

describe('posterFileName', () => {
  it('names the card, or the figure when there is one', () => {
    expect(posterFileName(economyCard)).toBe('niutang-2022h1-review-2-1.png')
    expect(posterFileName(economyCard, gdp)).toBe('niutang-2022h1-review-2-1-f1.png')
    expect(posterFileName({ id: 'Review 2/1' })).toBe('niutang-2022h1-review-2-1.png')
  })
})
