/**
 * The delivered text → numbered, canonical lines. Canonical means: full-width
 * Chinese punctuation (punctuation.ts), ASCII digits (the 2010 State Council
 * text writes ２００９年), no leading or trailing spaces. Line numbers are the
 * file's own (1-based, blank lines counted) so a doubt can point at them.
 */
import { canonicalPunctuation } from './punctuation'

export interface TextLine {
  /** 1-based line number in the file as delivered */
  number: number
  text: string
}

/** Why a text cannot be read at all (the import stops with this in plain words). */
export class UnreadableText extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableText'
  }
}

const FULL_WIDTH_DIGIT = /[０-９]/g

export function canonicalDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/％/g, '%')
    .replace(/(\d)．(\d)/g, '$1.$2')
}

/**
 * A ? standing alone between Chinese text and a name or after a colon is a
 * space lost in re-encoding (「国务院总理?李克强」, 「各位代表：?」), not a
 * question: read it as the space it was.
 */
const LOST_SPACE = /(\p{Script=Han})\?(?=\p{Script=Han})|(：)\?\s*$/gu

export function hasLostSpace(raw: string): boolean {
  return new RegExp(LOST_SPACE.source, 'u').test(raw)
}

export function canonicalLine(raw: string): string {
  const spaced = raw.replace(LOST_SPACE, (_all, han?: string, colon?: string) => (han ? `${han} ` : (colon ?? '')))
  return canonicalPunctuation(canonicalDigits(spaced)).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
}

/** The file's non-blank lines, canonical; throws UnreadableText for what is not a report's text. */
export function textLines(text: string): TextLine[] {
  if (text.includes('\u0000') || (text.match(/\uFFFD/g) ?? []).length > 3) {
    throw new UnreadableText('这不是可读的文本文件（含有二进制内容或乱码）。请另存为 UTF-8 编码的纯文本（.txt）后再导入。')
  }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  if (text.trim().length === 0) throw new UnreadableText('文件是空的。请放入报告全文（UTF-8 纯文本，一段一行）。')
  if (han < text.replace(/\s/g, '').length / 3) {
    throw new UnreadableText('文件里几乎没有汉字：可能不是 UTF-8 编码（例如 GBK），或不是报告全文。请另存为 UTF-8 纯文本后再导入。')
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ number: i + 1, text: canonicalLine(raw) }))
    .filter((line) => line.text.length > 0)
}
