/**
 * The floor our phones set for shipped JavaScript: iOS 12's JavaScriptCore
 * (WeChat's logic layer and in-app browser there) parses ES2019 and no regex
 * lookbehind (iOS 16.4+). A file beyond it is a SyntaxError on those phones,
 * and the whole file (for weapp the main package: every page) fails to load.
 * acorn at ecmaVersion 2019 rejects `?.`, `??`, class fields and the rest;
 * lookbehinds (ES2018 syntax) are looked for in every regex literal and every
 * string handed to RegExp(). Built-ins newer than iOS 12 that a bundle calls
 * (String#replaceAll, Promise.allSettled, Array#at, …) are looked for too:
 * they parse, then throw a TypeError on the phone, unless the build
 * defines them (a polyfill).
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

/** Methods and functions iOS 12 lacks (the first iOS that has each). */
const NEWER_METHODS = new Map([
  ['replaceAll', 'iOS 13.1'],
  ['at', 'iOS 15.4'],
  ['findLast', 'iOS 15.4'],
  ['findLastIndex', 'iOS 15.4'],
  ['toSorted', 'iOS 16'],
  ['toReversed', 'iOS 16'],
])
const NEWER_STATICS = new Map([
  ['Promise', new Map([['allSettled', 'iOS 13'], ['any', 'iOS 14']])],
  ['Object', new Map([['hasOwn', 'iOS 15.4']])],
])
const NEWER_GLOBALS = new Map([['structuredClone', 'iOS 15.4'], ['AggregateError', 'iOS 14']])

/** A service worker never runs inside WeChat on iOS (its WKWebView has none); WeChat on Android is current Chromium. */
const NOT_RUN_ON_IOS = new Set(['sw.js'])

interface ApiUse {
  name: string
  since: string
}

function apisOf(program: AnyNode): { used: ApiUse[]; defined: Set<string> } {
  const used: ApiUse[] = []
  const defined = new Set<string>()
  for (const node of walk(program)) {
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const callee = node.callee as AnyNode
      if (callee.type === 'MemberExpression' && !callee.computed) {
        const property = (callee.property as AnyNode).name as string
        const object = callee.object as AnyNode
        const statics = object.type === 'Identifier' ? NEWER_STATICS.get(object.name as string) : undefined
        const staticSince = statics?.get(property)
        const methodSince = NEWER_METHODS.get(property)
        if (staticSince) used.push({ name: `${object.name as string}.${property}`, since: staticSince })
        else if (methodSince && !statics) used.push({ name: `.${property}()`, since: methodSince })
      }
      const globalSince = callee.type === 'Identifier' ? NEWER_GLOBALS.get(callee.name as string) : undefined
      if (globalSince) used.push({ name: `${callee.name as string}()`, since: globalSince })
      // Object.defineProperty(X.prototype, "name", …): a polyfill.
      const args = node.arguments as AnyNode[]
      if (callee.type === 'MemberExpression' && (callee.property as AnyNode).name === 'defineProperty' && args[1]?.type === 'Literal') {
        defined.add(String(args[1].value))
      }
    }
    // X.prototype.name = … or Promise.name = …: a polyfill.
    if (node.type === 'AssignmentExpression' && (node.left as AnyNode).type === 'MemberExpression') {
      const property = ((node.left as AnyNode).property as AnyNode).name
      if (typeof property === 'string') defined.add(property)
    }
  }
  return { used, defined }
}

function parseFloor(file: string, source: string): AnyNode | Finding {
  try {
    return parse(source, { ecmaVersion: FLOOR_ECMA_VERSION, sourceType: 'script', allowHashBang: false }) as unknown as AnyNode
  } catch (error) {
    const { message, pos } = error as SyntaxError & { pos?: number }
    return { file, message: `not ES${FLOOR_ECMA_VERSION}: ${message} near ${excerpt(source, pos ?? 0)}` }
  }
}

/**
 * Built-ins newer than the floor that the scripts of one build call and no
 * script of that build defines, one finding per file and name.
 */
export function checkApiFloor(scripts: { file: string; source: string }[]): Finding[] {
  const uses: { file: string; use: ApiUse }[] = []
  const defined = new Set<string>()
  for (const { file, source } of scripts) {
    const program = parseFloor(file, source)
    if ('message' in program && !('type' in program)) continue
    const apis = apisOf(program as AnyNode)
    apis.defined.forEach((name) => defined.add(name))
    if (!NOT_RUN_ON_IOS.has(file)) uses.push(...apis.used.map((use) => ({ file, use })))
  }
  const seen = new Set<string>()
  return uses
    .filter(({ use }) => !defined.has(use.name.replace(/^\.|\(\)$/g, '').split('.').pop()!))
    .filter(({ file, use }) => !seen.has(`${file} ${use.name}`) && seen.add(`${file} ${use.name}`))
    .map(({ file, use }) => ({ file, message: `calls ${use.name}, which iOS 12 lacks (${use.since}+) and this build does not polyfill` }))
}

/** Findings for one script's source text. */
export function checkScript(file: string, source: string): Finding[] {
  const parsed = parseFloor(file, source)
  if (!('type' in parsed)) return [parsed as Finding]
  const program = parsed as AnyNode
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
  const scripts = filesWithExtension(buildDir, '.js').map((file) => ({ file, source: fs.readFileSync(path.join(buildDir, file), 'utf8') }))
  const findings = [...scripts.flatMap(({ file, source }) => checkScript(file, source)), ...checkApiFloor(scripts)]
  return { files: scripts.length, findings }
}
