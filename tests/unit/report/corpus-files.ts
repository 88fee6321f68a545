// The corpus of other reports the parser must read (see content/corpus/README.md for where it lives and why).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export const CORPUS_FILES = [
  '2010-guowuyuan.txt',
  '2013-hailaer-district.txt',
  '2015-guowuyuan.txt',
  '2016-hailaer-district.txt',
  '2018-guowuyuan.txt',
  '2019-hailaer-district.txt',
  '2026-fujian-province.txt',
  '2026-gansu-province.txt',
  '2026-neimenggu-province.txt',
] as const
export type CorpusFile = (typeof CORPUS_FILES)[number]

/** REPORT_CORPUS_DIR, else content/corpus/ when the texts are there, else the team's shared copy beside the repository. */
function corpusDir(): string {
  const candidates = [process.env.REPORT_CORPUS_DIR, join(ROOT, 'content/corpus'), join(ROOT, '../shared/corpus/reports')]
  for (const dir of candidates) {
    if (dir && existsSync(dir) && CORPUS_FILES.every((file) => readdirSync(dir).includes(file))) return dir
  }
  throw new Error(`The report corpus is not found (looked in ${candidates.filter(Boolean).join(', ')}): see content/corpus/README.md`)
}

export const CORPUS_DIR = corpusDir()
export const corpusPath = (file: CorpusFile) => join(CORPUS_DIR, file)
export const corpusText = (file: CorpusFile) => readFileSync(corpusPath(file), 'utf8')
