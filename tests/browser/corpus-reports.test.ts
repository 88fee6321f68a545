// The app built from two other reports of the corpus (not the 2022 report): cover, a section, a card and
// search show that report's own words. Each is built into a folder of its own under the system's tmp.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAppFor } from '../../scripts/report-app'
import { corpusPath, type CorpusFile } from '../unit/report/corpus-files'
import { launchChromium, newPhoneContext, saveScreenshot, watchProblems } from './support/phone'

interface Expected {
  file: CorpusFile
  /** Typed from the text */
  title: string
  meeting: string
  partHeading: string
  highlightsTitle: string
  section: { id: string; topic: string; cards: string[] }
  card: { id: string; title: string; firstItem: string }
  search: { query: string; finds: string }
}

const REPORTS: Expected[] = [
  {
    file: '2026-gansu-province.txt',
    title: '2026年甘肃省政府工作报告',
    meeting: '甘肃省十四届人民代表大会第四次会议',
    partHeading: '“十五五”时期的主要目标任务',
    highlightsTitle: '数说2025年',
    section: { id: 'plan-2', topic: '加快建设现代化产业体系', cards: ['一体推进教育科技人才发展', '优化提升传统产业', '因地制宜发展新质生产力', '加快能源强省建设'] },
    card: { id: 'plan-5-1', title: '扎实推进黄河流域生态保护', firstItem: '加快构建黄河上游生态保护“一带四区多点”空间布局' },
    search: { query: '祁连山', finds: '深化生态保护修复' },
  },
  {
    file: '2019-hailaer-district.txt',
    title: '政府工作报告',
    meeting: '呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议',
    partHeading: '加强政府自身建设',
    highlightsTitle: '数说2018年',
    section: { id: 'plan-2', topic: '全力补短板强基础', cards: ['让城市环境更优美', '让城市管理更精细', '让城市基础设施更完善'] },
    card: { id: 'plan-2-1', title: '让城市环境更优美', firstItem: '坚持东山新城建设和老城区改造并举的原则' },
    search: { query: '非洲猪瘟', finds: '严密防范非洲猪瘟疫情' },
  },
]

const BUILDS = path.join(os.tmpdir(), 'report-corpus-app')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** The built app's own server (its src/report/data is that report's), on a free port. */
async function serve(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), H5_DIR: path.join(dir, 'h5'), DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-app-data-')), ADMIN_TOKEN: 'corpus-test' },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`the server for ${dir} exited`)
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, child }
  }
  throw new Error(`the server for ${dir} did not answer`)
}

let browser: Browser
const servers = new Map<CorpusFile, { url: string; child: ChildProcess }>()

beforeAll(async () => {
  browser = await launchChromium()
  for (const report of REPORTS) {
    const dir = path.join(BUILDS, path.basename(report.file, '.txt'))
    buildAppFor(corpusPath(report.file), dir)
    expect(fs.existsSync(path.join(dir, 'h5', 'index.html'))).toBe(true)
    servers.set(report.file, await serve(dir))
  }
}, 900_000)

afterAll(async () => {
  await browser?.close()
  for (const { child } of servers.values()) child.kill()
})

describe.each(REPORTS)('the app built from $file', (report) => {
  const open = async (address: string) => {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await page.goto(`${servers.get(report.file)?.url}${address}`, { waitUntil: 'networkidle' })
    return { page, problems, context }
  }
  const name = path.basename(report.file, '.txt')

  it('shows the report\'s own cover: title, meeting, 数说 and its parts', async () => {
    const { page, problems, context } = await open('/')
    await page.getByText(report.highlightsTitle, { exact: true }).first().waitFor({ state: 'visible' })
    const text = await page.innerText('body')
    expect(text).toContain(report.title)
    expect(text).toContain(report.meeting)
    expect(text).toContain(report.partHeading)
    expect(text).not.toMatch(/牛塘|上半年|下半年/)
    expect(await page.title()).not.toContain('牛塘')
    await saveScreenshot(page, `corpus-${name}-cover`)
    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })

  it('opens a section with its cards', async () => {
    const { page, problems, context } = await open(`/pages/section/index?id=${report.section.id}`)
    await page.getByText(report.section.cards[0] ?? '', { exact: true }).first().waitFor({ state: 'visible' })
    const text = await page.innerText('body')
    expect(text).toContain(report.section.topic)
    for (const title of report.section.cards) expect(text).toContain(title)
    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })

  it('opens a card with its items', async () => {
    const { page, problems, context } = await open(`/pages/card/index?id=${report.card.id}`)
    await page.getByText(report.card.title, { exact: true }).first().waitFor({ state: 'visible' })
    expect(await page.innerText('body')).toContain(report.card.firstItem)
    await saveScreenshot(page, `corpus-${name}-card`)
    expect(problems.consoleErrors).toEqual([])
    await context.close()
  })

  it('finds the report\'s own words in search', async () => {
    const { page, context } = await open('/pages/search/index')
    const input = page.getByRole('searchbox', { name: '搜索报告内容' })
    await input.waitFor({ state: 'visible' })
    await input.fill(report.search.query)
    await page.getByText(/^找到 \d+ 条$/).waitFor({ state: 'visible' })
    expect(await page.locator('.search-results').innerText()).toContain(report.search.finds)
    await context.close()
  })
})

