/**
 * `npm run roster:cards`: missing pins filled (existing ones kept), the CSV
 * then a roster the server accepts, and one printable slip per delegate whose
 * QR code opens 提建议 with that delegate's code and pin.
 */
import jsQR from 'jsqr'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseRoster } from '../../src/feedback/roster'
import { runRosterCards, slipUrl } from '../../scripts/roster-cards'

const dir = mkdtempSync(path.join(tmpdir(), 'roster-cards-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Reads the QR code of an SVG drawn as `M x,y h s v s h -s z` squares on white. */
function decodeSvgQr(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1])
  const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
  for (const [, x, y, s] of svg.matchAll(/M(\d+),(\d+)h(\d+)v\d+h-\d+z/g)) {
    for (let dy = 0; dy < Number(s); dy++)
      for (let dx = 0; dx < Number(s); dx++) {
        const i = ((Number(y) + dy) * size + Number(x) + dx) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
  }
  return jsQR(pixels, size, size)?.data ?? null
}

describe('roster cards', () => {
  it('fills missing pins, keeps the given ones, and writes one slip per delegate with a working QR code', () => {
    const file = path.join(dir, 'hall.csv')
    writeFileSync(file, 'code,name,delegation,role\nNT0001,王建国,牛塘片代表小组,代表\nNT0002,"李<秀>英",卢家巷片代表小组,代表\nNT9001,周敏,人大办,工作人员\n')
    const summary = runRosterCards([file, '--origin', 'https://report.example'], {})
    expect(summary).toContain('gave 3 delegates a new pin')

    const roster = parseRoster(readFileSync(file, 'utf8'), file)
    expect([...roster.keys()]).toEqual(['NT0001', 'NT0002', 'NT9001'])
    for (const delegate of roster.values()) expect(delegate.pin).toMatch(/^\d{6}$/)

    const html = readFileSync(path.join(dir, 'hall-cards.html'), 'utf8')
    expect(html.match(/class="slip"/g)).toHaveLength(3)
    expect(html).toContain('@page { size: A4')
    expect(html).toContain('李&#60;秀&#62;英')
    expect(html).not.toContain('李<秀>英')
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g)!
    const decoded = svgs.map(decodeSvgQr)
    expect(decoded).toEqual([...roster.values()].map((d) => slipUrl('https://report.example', d)))
    expect(decoded[0]).toBe(`https://report.example/pages/suggest/index?code=NT0001&pin=${roster.get('NT0001')!.pin}`)
    for (const delegate of roster.values()) expect(html).toContain(`<b>${delegate.pin}</b>`)

    // A second run keeps every pin and does not touch the CSV.
    const before = readFileSync(file, 'utf8')
    expect(runRosterCards([file, '--out', path.join(dir, 'again.html')], {})).not.toContain('new pin')
    expect(readFileSync(file, 'utf8')).toBe(before)
    const again = readFileSync(path.join(dir, 'again.html'), 'utf8').match(/<svg[\s\S]*?<\/svg>/)![0]
    expect(decodeSvgQr(again)).toBe(`http://localhost:10086/pages/suggest/index?code=NT0001&pin=${roster.get('NT0001')!.pin}`)
  })

  it('refuses a malformed pin instead of replacing it, naming the line', () => {
    const file = path.join(dir, 'bad.csv')
    writeFileSync(file, 'code,name,delegation,role,pin\nNT0001,王建国,牛塘片代表小组,代表,12345\n')
    expect(() => runRosterCards([file], {})).toThrowError('line 2: pin of NT0001 must be 6 digits')
  })
})
