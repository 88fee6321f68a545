/**
 * The lines before 「各位代表」: title lines, a wire line (新华社…电), the
 * dateline (——2022年7月14日在…会议上, in ASCII, full-width or Chinese
 * numerals, over one or more lines) and the speaker (office title, then name).
 */
import type { ReportMeta } from './types'
import type { TextLine } from './text-lines'
import { dateNumber } from './numerals'

/** The text had no title line of its own: what is delivered is a 政府工作报告. */
export const DEFAULT_TITLE = '政府工作报告'

const DATE = '(\\d{4}|[〇零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日'
const DATELINE = new RegExp(`^${DATE}在(.+?)上?$`)
const DATELINE_START = new RegExp(`^(?:[—－-]{1,4})?\\s*${DATE}`)
const WIRE = /^新华社.{1,12}电$/
/** Office titles a name follows when no space stands between them. */
const OFFICE_END = /(总理|省长|市长|区长|县长|镇长|乡长|主席|主任|旗长|州长)$/

export interface Header {
  meta: ReportMeta
  /** Why the header could not be read, when it could not */
  problem?: { line: number; what: string }
}

export function readHeader(lines: readonly TextLine[]): Header {
  const datelineAt = lines.findIndex((line) => DATELINE_START.test(line.text))
  if (datelineAt < 0 || lines.length - datelineAt < 2) {
    const line = lines[0]?.number ?? 1
    return { meta: { title: DEFAULT_TITLE, meeting: '', date: '', speaker: '' }, problem: { line, what: 'dateline' } }
  }
  const speakerLine = lines[lines.length - 1] as TextLine
  const before = lines.slice(0, datelineAt)
  const wire = before.find((line) => WIRE.test(line.text.replace(/\s+/g, '')))
  const titleLines = before.map((line) => line.text)
  const titles = before.filter((line) => line !== wire).map((line) => line.text).map((text) => text.replace(/\s+/g, '')).filter((text) => text.endsWith('政府工作报告'))
  const written = lines.slice(datelineAt, -1).map((line) => line.text).join('')
  const dateline = written.replace(/\s+/g, '').replace(/^[—－-]+/, '')
  const m = DATELINE.exec(dateline)
  const [year, month, day] = [m?.[1], m?.[2], m?.[3]].map((part) => dateNumber(part ?? ''))
  if (!m || [year, month, day].some((n) => !Number.isFinite(n))) {
    const line = lines[datelineAt]?.number ?? 1
    return { meta: { title: DEFAULT_TITLE, meeting: '', date: '', speaker: '' }, problem: { line, what: 'dateline' } }
  }
  const pad = (n: number | undefined) => String(n).padStart(2, '0')
  const meeting = m[4] ?? ''
  const canonicalDateline = `——${year}年${month}月${day}日在${meeting}上`
  const { speaker, speakerTitle } = readSpeaker(speakerLine.text)
  const meta: ReportMeta = {
    title: titles[titles.length - 1] ?? DEFAULT_TITLE,
    meeting,
    date: `${year}-${pad(month)}-${pad(day)}`,
    speaker,
    ...(speakerTitle ? { speakerTitle } : {}),
    ...(titleLines.length > 0 ? { titleLines } : {}),
    ...(wire ? { wire: wire.text } : {}),
    ...(written !== canonicalDateline ? { dateline: written } : {}),
  }
  return { meta }
}

/** 「国务院总理 温家宝」 → 温家宝 + 国务院总理; 「汤 枫」 (a name set with a space) → 汤枫. */
export function readSpeaker(line: string): { speaker: string; speakerTitle?: string } {
  const words = line.split(/[\s\u3000]+/).filter(Boolean)
  const joined = words.join('')
  if (joined.length <= 4 && !OFFICE_END.test(joined)) return { speaker: joined }
  if (words.length > 1) return { speaker: words[words.length - 1] as string, speakerTitle: words.slice(0, -1).join('') }
  const office = /^(.*(?:总理|省长|市长|区长|县长|镇长|乡长|主席|主任|旗长|州长))(.{2,4})$/.exec(joined)
  return office ? { speaker: office[2] as string, speakerTitle: office[1] as string } : { speaker: joined }
}
