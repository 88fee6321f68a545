// The delivered report text, read the way the scripts read it.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SOURCE_PATH = fileURLToPath(new URL('../../../content/niutang-2022-midyear-work-report.txt', import.meta.url))
export const source = readFileSync(SOURCE_PATH, 'utf8')
