/** Reading a drawn tree as a delegate reads the screen: its texts, and the element that holds a text. */
import type { VNode } from './view-layer'

const isNode = (child: VNode | string): child is VNode => typeof child !== 'string'

/** Not drawn: `hidden`, or display:none in its style. */
function isHidden(node: VNode): boolean {
  const style = typeof node.attr.style === 'string' ? node.attr.style.replace(/\s/g, '') : ''
  return node.attr.hidden === true || /(^|;)display:none/.test(style)
}

/** All text under a node, in reading order. */
export function textOf(node: VNode): string {
  if (isHidden(node)) return ''
  return node.children.map((child) => (isNode(child) ? textOf(child) : child)).join('')
}

/** The texts on screen, one per element that draws text itself (a line of the screen as read aloud). */
export function textsOf(node: VNode): string[] {
  if (isHidden(node)) return []
  const own = node.children.filter((child): child is string => !isNode(child)).join('').trim()
  const below = node.children.filter(isNode).flatMap(textsOf)
  return own ? [own, ...below] : below
}

/** A node and its ancestors, root first: the path an event bubbles along (reversed). */
export type Trail = VNode[]

export function* trails(node: VNode, above: Trail = []): Generator<Trail> {
  if (isHidden(node)) return
  const trail = [...above, node]
  yield trail
  for (const child of node.children) if (isNode(child)) yield* trails(child, trail)
}

/**
 * The element a delegate would tap to hit `text`: the deepest one whose text is
 * exactly it, else the deepest one that contains it. Undefined when not on screen.
 */
export function findText(root: VNode, text: string | RegExp): Trail | undefined {
  const matches = (value: string) => (typeof text === 'string' ? value.trim() === text : text.test(value))
  const contains = (value: string) => (typeof text === 'string' ? value.includes(text) : text.test(value))
  // The first occurrence on screen, as deep as it goes.
  const deeper = (best: Trail | undefined, trail: Trail) => (!best || trail.includes(best.at(-1)!) ? trail : best)
  let exact: Trail | undefined
  let containing: Trail | undefined
  for (const trail of trails(root)) {
    const value = textOf(trail.at(-1)!)
    if (matches(value)) exact = deeper(exact, trail)
    if (contains(value)) containing = deeper(containing, trail)
  }
  return exact ?? containing
}
