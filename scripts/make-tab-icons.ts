/**
 * Renders the tab bar icons (WeChat wants PNG files, 81×81 px, ≤ 40 KB) from
 * inline SVG through Chromium. Run once after changing a drawing:
 *   npx tsx scripts/make-tab-icons.ts
 */
import fs from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { PNG } from 'pngjs'
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM_MESSAGE } from '../tests/browser/support/chromium'

const SIZE = 81
const COLORS = { normal: '#5C5C5C', selected: '#B71C1C' }

/** 24×24 line drawings: a report, a speech bubble with a pen, a person. */
const DRAWINGS: Record<string, string> = {
  report: '<path d="M6 3h9l4 4v14H6z"/><path d="M15 3v4h4"/><path d="M9 11h7M9 14.5h7M9 18h4"/>',
  suggest: '<path d="M4 5h16v11H10l-4 4v-4H4z"/><path d="M8 9.5h8M8 12.5h5"/>',
  mine: '<circle cx="12" cy="8" r="4"/><path d="M4.5 21c.8-4.2 3.8-6.5 7.5-6.5s6.7 2.3 7.5 6.5"/>',
}

/**
 * One colour and six levels of opacity: the icon looks the same at tab-bar size
 * and the file is half as large (the H5 tab bar downloads it on the first view).
 */
function compactIcon(shot: Buffer, color: string): Buffer {
  const png = PNG.sync.read(shot)
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16))
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = r!
    png.data[i + 1] = g!
    png.data[i + 2] = b!
    png.data[i + 3] = Math.round(png.data[i + 3]! / 51) * 51
  }
  return PNG.sync.write(png, { deflateLevel: 9, filterType: -1 })
}

async function main(): Promise<void> {
  const executablePath = findChromium()
  if (!executablePath) throw new Error(MISSING_CHROMIUM_MESSAGE)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } })
  const outDir = path.resolve(__dirname, '../src/assets/tab')
  for (const [name, drawing] of Object.entries(DRAWINGS)) {
    for (const [state, color] of Object.entries(COLORS)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="${SIZE}" height="${SIZE}" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${drawing}</svg>`
      await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`)
      const file = path.join(outDir, `${name}${state === 'selected' ? '-active' : ''}.png`)
      const shot = await page.locator('svg').screenshot({ omitBackground: true })
      fs.writeFileSync(file, compactIcon(shot, color))
      console.log(file, fs.statSync(file).size, 'bytes')
    }
  }
  await browser.close()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
