/** setData's keys are paths into the page's data: `root.cn.[0].v`, `list[2].name`, `a.b`. */
export function parsePath(key: string): (string | number)[] {
  const parts: (string | number)[] = []
  for (const match of key.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    parts.push(match[1] !== undefined ? Number(match[1]) : match[2]!)
  }
  return parts
}

/** Applies one setData entry to `data` in place, creating objects and arrays on the way as WeChat does. */
export function setPath(data: Record<string, unknown>, key: string, value: unknown): void {
  const parts = parsePath(key)
  let target: Record<string | number, unknown> = data
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      target[part] = value
      return
    }
    const next = parts[index + 1]
    if (target[part] === null || typeof target[part] !== 'object') target[part] = typeof next === 'number' ? [] : {}
    target = target[part] as Record<string | number, unknown>
  })
}
