// `npm run report:import -- FILE` and `npm run report:json -- FILE`, run as a secretary would run them.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/report/parse'
import { corpusPath, corpusText } from './corpus-files'
import { SOURCE_PATH, source } from './source'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const dir = mkdtempSync(join(tmpdir(), 'report-import-'))

function run(script: 'report-import' | 'report-json', ...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, `scripts/${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** The 2022 report with its 此外 paragraph opening 另外: words the parser does not know there. */
const unknownParagraph = source.replace(/此外[,，]侨台/, '另外，侨台')
const unknownLine = source.split('\n').findIndex((line) => /^此外/.test(line)) + 1

describe('report:import', () => {
  it('prints the 2022 report\'s parts, sections, cards and figures, and passes', () => {
    const { code, stdout } = run('report-import', SOURCE_PATH)
    expect(code).toBe(0)
    expect(stdout).toContain('报告人：汤枫')
    expect(stdout).toMatch(/结构：2 个部分，13 节，42 张卡片，\d+ 个数字/)
    expect(stdout).toContain('1. 2022年上半年工作回顾【工作回顾】')
    expect(stdout).toContain('一、负压前行，疫情防控筑牢内外屏障（review-1）：3 张卡片')
    expect(stdout).toContain('小节之后：其他工作、致谢、存在的不足')
    expect(stdout).toContain('存疑：没有')
    expect(stdout).toContain('结论：可以发布')
  }, 30_000)

  it('lists a corpus report\'s doubts with their lines and what to do', () => {
    const { code, stdout } = run('report-import', corpusPath('2026-gansu-province.txt'))
    expect(code).toBe(0)
    expect(stdout).toContain('报告人：任振鹤（甘肃省省长）')
    expect(stdout).toContain('会议：甘肃省十四届人民代表大会第四次会议（2026年1月27日）')
    expect(stdout).toContain('（八）更好统筹发展和安全（plan-8）：3 张卡片')
    expect(stdout).toMatch(/第 79 行【请核对】小节之后的这一段没有认出是什么.*要永葆忠诚/)
    expect(stdout).toMatch(/怎么办：.*paragraphs 里为第 79 行写明 kind/)
  }, 30_000)

  it('fails with the line to fix when the structure cannot be trusted', () => {
    const { code, stdout } = run('report-import', file('unknown.txt', unknownParagraph))
    expect(code).toBe(1)
    expect(stdout).toMatch(new RegExp(`第 ${unknownLine} 行【必须处理】小节之后的这一段认不出是什么`))
    expect(stdout).toContain('改好之前不能发布')
  }, 30_000)

  it('takes a reviewed override file beside the text, and reports stale entries', () => {
    const text = file('fixed.txt', unknownParagraph)
    file('fixed.overrides.json', JSON.stringify({
      paragraphs: [{ line: unknownLine, starts: '另外，侨台', kind: 'other-work', reason: '其他工作' }],
      headings: [{ line: 3, starts: '不是这一行', as: 'text' }],
    }))
    const { code, stdout } = run('report-import', text)
    expect(code).toBe(0)
    expect(stdout).toContain('fixed.overrides.json（2 条修正）')
    expect(stdout).toContain('小节之后：其他工作、致谢、存在的不足')
    expect(stdout).toMatch(/第 3 行【请核对】修正文件里第 3 行的标题修正已对不上原文（应以「不是这一行」开头/)
    const json = run('report-json', text)
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout).parts[0].after[0]).toMatchObject({ id: 'review-other-work', kind: 'other-work' })
  }, 30_000)

  it.each([
    ['an empty file', 'empty.txt', '', /文件是空的/],
    ['a binary file', 'binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /二进制/],
    ['GBK bytes', 'gbk.txt', Buffer.from([0xb8, 0xf7, 0xce, 0xbb, 0xb4, 0xfa, 0xb1, 0xed, 0xa3, 0xba]), /不是 UTF-8 编码/],
    ['a text that is no report', 'letter.txt', '关于召开会议的通知\n请各单位于周五前报送材料。\n', /找不到称呼「各位代表：」/],
  ])('stops on %s with a plain message and exit code 2', (_what, name, content, message) => {
    const { code, stderr, stdout } = run('report-import', file(name, content))
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stdout).toBe('')
  }, 30_000)

  it('stops on a missing file, no file and a broken override file', () => {
    expect(run('report-import', join(dir, 'nope.txt'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/找不到文件/) })
    expect(run('report-import')).toMatchObject({ code: 2, stderr: expect.stringMatching(/用法/) })
    const text = file('broken.txt', source)
    file('broken.overrides.json', '{"paragraphs": [{"line": "十五"}]}')
    expect(run('report-import', text)).toMatchObject({ code: 2, stderr: expect.stringMatching(/修正文件格式不对：paragraphs\.0\.line/) })
  }, 30_000)
})

describe('report:json -- FILE', () => {
  it('prints any corpus report as the parser reads it, and nothing else', () => {
    const path = join(dir, 'fujian.txt')
    copyFileSync(corpusPath('2026-fujian-province.txt'), path)
    const { code, stdout } = run('report-json', path)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(parseReport(corpusText('2026-fujian-province.txt')))
  }, 30_000)

  it('says why on stderr when the structure has a blocking doubt', () => {
    const { code, stdout, stderr } = run('report-json', file('unknown-json.txt', unknownParagraph))
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/unrecognised paragraph/)
  }, 30_000)
})
