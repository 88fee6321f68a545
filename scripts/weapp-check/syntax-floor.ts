/**
 * The floor our phones set for shipped JavaScript: iOS 12's JavaScriptCore
 * (WeChat's logic layer and in-app browser there) parses ES2019 and no regex
 * lookbehind (iOS 16.4+). A file beyond it is a SyntaxError on those phones,
 * and the whole file (for weapp the main package: every page) fails to load.
 * acorn at ecmaVersion 2019 rejects `?.`, `??`, class fields and the rest;
 * lookbehinds (ES2018 syntax) are looked for in every regex literal and every
 * string handed to RegExp().
 */
import fs from 'node:fs'
import path from 'node:path'
import { parse, type Node } from 'acorn'
import { filesWithExtension, type Finding } from './files'

export const FLOOR_ECMA_VERSION = 2019

/** True when a regex source holds a lookbehind group, outside escapes and character classes. */
export function hasLookbehind(pattern: string): boolean {
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]
    if (char === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (char === ']') inClass = false
      continue
    }
    if (char === '[') inClass = true
    else if (char === '(' && pattern.startsWith('(?<=', i)) return true
    else if (char === '(' && pattern.startsWith('(?<!', i)) return true
  }
  return false
}

type AnyNode = Node & Record<string, unknown>

function* walk(node: AnyNode): Generator<AnyNode> {
  yield node
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child === 'object' && typeof child.type === 'string') yield* walk(child)
    } else if (value && typeof value === 'object' && typeof (value as AnyNode).type === 'string') {
      yield* walk(value as AnyNode)
    }
  }
}

const isRegExpConstructor = (node: AnyNode): boolean =>
  (node.type === 'NewExpression' || node.type === 'CallExpression') &&
  (node.callee as AnyNode).type === 'Identifier' &&
  (node.callee as AnyNode).name === 'RegExp'

function excerpt(source: string, at: number): string {
  return JSON.stringify(source.slice(Math.max(0, at - 40), at + 40))
}

/** Findings for one script's source text. */
export function checkScript(file: string, source: string): Finding[] {
  let program: AnyNode
  try {
    program = parse(source, { ecmaVersion: FLOOR_ECMA_VERSION, sourceType: 'script', allowHashBang: false }) as unknown as AnyNode
  } catch (error) {
    const { message, pos } = error as SyntaxError & { pos?: number }
    return [{ file, message: `not ES${FLOOR_ECMA_VERSION}: ${message} near ${excerpt(source, pos ?? 0)}` }]
  }
  const findings: Finding[] = []
  for (const node of walk(program)) {
    const regex = node.regex as { pattern: string } | undefined
    if (regex && hasLookbehind(regex.pattern)) {
      findings.push({ file, message: `regex lookbehind /${regex.pattern.slice(0, 80)}/ (iOS before 16.4 cannot parse it)` })
    }
    if (isRegExpConstructor(node)) {
      const first = (node.arguments as AnyNode[])[0]
      if (first?.type === 'Literal' && typeof first.value === 'string' && hasLookbehind(first.value)) {
        findings.push({ file, message: `regex lookbehind in RegExp("${first.value.slice(0, 80)}")` })
      }
    }
  }
  return findings
}

/** Every .js file under a build folder (weapp or H5). */
export function checkSyntaxFloor(buildDir: string): { files: number; findings: Finding[] } {
  const scripts = filesWithExtension(buildDir, '.js')
  const findings = scripts.flatMap((file) => checkScript(file, fs.readFileSync(path.join(buildDir, file), 'utf8')))
  return { files: scripts.length, findings }
}
