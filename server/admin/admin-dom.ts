/** Small DOM helpers for the secretariat's page: every sender's text goes in as textContent, never as HTML. */

export function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`#${id} is missing from admin/index.html`)
  return found as T
}

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

export function option(value: string, label = value, selected = false): HTMLOptionElement {
  const node = element('option', label)
  node.value = value
  node.selected = selected
  return node
}

/** "2022-07-14T09:00:00.000Z" → "2022/7/14 17:00" as the secretariat reads it. */
export function localTime(iso: string | null): string {
  if (!iso) return ''
  return new Date(iso).toLocaleString('zh-CN', { hour12: false, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' })
}

/** Shows a file the server answered as a download. */
export async function download(response: Response, name: string): Promise<void> {
  const blob = await response.blob()
  const link = element('a')
  link.href = URL.createObjectURL(blob)
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}
