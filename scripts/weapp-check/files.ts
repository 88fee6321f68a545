/** Files of a build folder, as forward-slash paths relative to it. */
import fs from 'node:fs'
import path from 'node:path'

export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export function filesWithExtension(dir: string, extension: string): string[] {
  return filesUnder(dir).filter((file) => file.endsWith(extension))
}

/** A problem a check found: which file, and what is wrong there. */
export interface Finding {
  file: string
  message: string
}

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.file}: ${finding.message}`).join('\n')
}
