/**
 * The README collage (docs/screenshots/screens.png) from the browser tests' 320-px
 * screenshots in artifacts/screenshots: run the browser tests first, then
 * `npx tsx scripts/make-collage.ts`.
 */
import { chromium } from 'playwright-core'
import fs from 'node:fs'
import path from 'node:path'
import { findChromium } from '../tests/browser/support/chromium'

const root = path.resolve(__dirname, '..')
const dir = path.join(root, 'artifacts', 'screenshots')
const shots = [
  ['320-cover-standard.png', '封面 · 标准'],
  ['320-card-shared-standard.png', '来自分享的卡片'],
  ['320-section-care.png', '章节 · 关怀'],
  ['320-search-none-care.png', '搜索：你要找的是不是'],
  ['poster-figure-and-change.png', '分享图'],
]
const img = (file: string) => `data:image/png;base64,${fs.readFileSync(`${dir}/${file}`).toString('base64')}`
const html = `<html><body style="margin:0;background:#efe9e1;font:14px 'Noto Sans CJK SC',sans-serif;color:#5c5c5c">
<div style="display:flex;padding:16px 8px">${shots
  .map(([file, label]) => `<figure style="margin:0 8px;text-align:center"><img src="${img(file!)}" style="width:200px;${file!.startsWith('poster') ? 'height:320px;object-fit:contain;background:#fff;' : 'height:355px;object-fit:cover;object-position:top;'}border-radius:14px;box-shadow:0 2px 10px rgba(0,0,0,.15);display:block"><figcaption style="margin-top:8px">${label}</figcaption></figure>`)
  .join('')}</div></body></html>`
async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  const page = await browser.newPage({ viewport: { width: 1096, height: 420 }, deviceScaleFactor: 1 })
  await page.setContent(html)
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(root, 'docs', 'screenshots', 'screens.png'), fullPage: true })
  await browser.close()
}

void main()
