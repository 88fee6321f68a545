/**
 * Reading a report's text file and the reviewed override file beside it, for
 * the report scripts. What cannot be read at all (missing, empty, binary, not
 * UTF-8, bad override JSON) is an UnreadableText with a plain Chinese message.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readOverrides, type ReportOverrides } from '../src/report/overrides'
import { UnreadableText } from '../src/report/text-lines'

/**
 * The report the app is built from: REPORT_FILE (a path to a report text; see
 * README), by default the report in content/.
 */
export const BUILT_IN_REPORT_FILE = fileURLToPath(new URL('../content/niutang-2022-midyear-work-report.txt', import.meta.url))
export const DEFAULT_REPORT_FILE = process.env.REPORT_FILE ? resolve(process.env.REPORT_FILE) : BUILT_IN_REPORT_FILE

export interface ReportFile {
  path: string
  text: string
  overrides: ReportOverrides
  /** The override file read, when there is one */
  overridesPath?: string
}

/** report.txt → report.overrides.json (or report.txt.overrides.json) beside it. */
export function overridesPathOf(path: string): string | undefined {
  const candidates = [path.replace(/\.txt$/i, '') + '.overrides.json', `${path}.overrides.json`]
  return candidates.find((candidate) => existsSync(candidate))
}

export function loadReportFile(path: string): ReportFile {
  if (!existsSync(path)) throw new UnreadableText(`找不到文件：${path}`)
  const bytes = readFileSync(path)
  if (bytes.length === 0) throw new UnreadableText(`文件是空的：${path}。请放入报告全文（UTF-8 纯文本，一段一行）。`)
  if (bytes.includes(0)) throw new UnreadableText(`这不是文本文件（含有二进制内容）：${path}。请把报告另存为 UTF-8 纯文本（.txt）后再导入。`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UnreadableText(`文件不是 UTF-8 编码（可能是 GBK/GB18030）：${path}。请用记事本或 WPS「另存为」UTF-8 编码的文本后再导入。`)
  }
  const overridesPath = overridesPathOf(path)
  let overrides: ReportOverrides = {}
  if (overridesPath) {
    try {
      overrides = readOverrides(readFileSync(overridesPath, 'utf8'))
    } catch (error) {
      throw new UnreadableText(`${overridesPath}：${(error as Error).message}`)
    }
  }
  return { path, text, overrides, ...(overridesPath ? { overridesPath } : {}) }
}
