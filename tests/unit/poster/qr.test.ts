import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import { qrModules } from '../../../src/poster/qr'

/** Renders modules black on white into an RGBA buffer, `scale` pixels a module. */
function render(modules: boolean[][], scale: number) {
  const size = modules.length * scale
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = ((y * scale + dy) * size + x * scale + dx) * 4
          pixels[at] = pixels[at + 1] = pixels[at + 2] = 0
        }
      }
    }),
  )
  return { pixels, size }
}

const urls = [
  'https://niutang.example.cn/#/pages/card/index?id=review-2-3',
  'https://niutang.example.cn/#/pages/card/index?id=plan-4-1&figure=review-2-3-f1&from=poster',
  'http://localhost:8080/?id=a',
]

describe('qrModules', () => {
  for (const url of urls) {
    it(`decodes back to ${url}`, () => {
      const modules = qrModules(url)
      const { pixels, size } = render(modules, 4)
      expect(jsQR(pixels, size, size)?.data).toBe(url)
    })
  }

  it('is square with a light quiet zone of four modules', () => {
    const modules = qrModules(urls[0]!)
    const n = modules.length
    for (const row of modules) expect(row).toHaveLength(n)
    // Version v has 17 + 4v modules; plus 4 light modules on each side.
    expect((n - 8 - 17) % 4).toBe(0)
    for (let i = 0; i < n; i++) {
      for (let q = 0; q < 4; q++) {
        expect(modules[q]![i]).toBe(false)
        expect(modules[n - 1 - q]![i]).toBe(false)
        expect(modules[i]![q]).toBe(false)
        expect(modules[i]![n - 1 - q]).toBe(false)
      }
    }
    // The finder pattern's dark corner starts right inside the quiet zone.
    expect(modules[4]![4]).toBe(true)
  })
})
