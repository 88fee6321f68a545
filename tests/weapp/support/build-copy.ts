/** A mutated copy of a build: how each check is shown to fail on a broken build. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

const copies: string[] = []

afterAll(() => {
  for (const copy of copies.splice(0)) fs.rmSync(copy, { recursive: true, force: true })
})

export function copyOfBuild(buildDir: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'niutang-weapp-broken-'))
  fs.cpSync(buildDir, copy, { recursive: true })
  copies.push(copy)
  return copy
}

/** Replaces the first occurrence of `find` in a file of the copy; throws when it is not there (the mutation must bite). */
export function replaceInFile(dir: string, file: string, find: string | RegExp, replacement: string): void {
  const target = path.join(dir, file)
  const source = fs.readFileSync(target, 'utf8')
  const changed = source.replace(find, replacement)
  if (changed === source) throw new Error(`${file}: ${String(find)} not found, the mutation changed nothing`)
  fs.writeFileSync(target, changed)
}

export function editJson(dir: string, file: string, edit: (json: Record<string, unknown>) => void): void {
  const target = path.join(dir, file)
  const json = JSON.parse(fs.readFileSync(target, 'utf8')) as Record<string, unknown>
  edit(json)
  fs.writeFileSync(target, JSON.stringify(json))
}
