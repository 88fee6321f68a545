/**
 * The compact list (one line per suggestion: receipt, title, card, delegate,
 * state, office, days open, overdue in red), the counts above it and the
 * per-card count beside it. Keyboard: ↑/↓ (or k/j) move, Enter opens.
 */
import type { AdminItem, ListAnswer } from './admin-api'
import { byId, element } from './admin-dom'

export const COUNT_NAMES = ['待交办', '办理中', '已答复', '不满意', '逾期'] as const

export function renderCounts(answer: ListAnswer, onChoose: (filter: Record<string, unknown>) => void): void {
  byId('counts').replaceChildren(
    ...COUNT_NAMES.map((name) => {
      const button = element('button', `${name} ${answer.counts[name] ?? 0}`, name === '逾期' || name === '不满意' ? 'count count--alert' : 'count')
      button.type = 'button'
      button.addEventListener('click', () => onChoose(answer.countFilters[name] ?? {}))
      return button
    }),
  )
  byId('summary').textContent = `共 ${answer.total} 条建议`
  byId('by-card').replaceChildren(...answer.byCard.map((row) => element('li', `${row.cardTitle ?? row.cardId}：${row.count} 条`)))
}

function row(item: AdminItem, onOpen: (id: string) => void): HTMLTableRowElement {
  const tr = element('tr', undefined, item.overdue ? 'row row--overdue' : 'row')
  tr.dataset.id = item.id
  tr.tabIndex = 0
  tr.setAttribute('aria-label', `${item.receipt} ${item.title}，${item.status}${item.overdue ? '，已逾期' : ''}`)
  const days = element('td', `${item.daysOpen} 天`, 'days')
  if (item.overdue) days.append(element('span', '逾期', 'overdue-badge'))
  tr.append(
    element('td', item.receipt, 'receipt'),
    element('td', item.title, 'title'),
    element('td', item.cardTitle ?? item.cardId),
    element('td', item.delegate?.name ?? item.delegateCode),
    element('td', item.rating === '不满意' && item.status === '重办' ? '重办（不满意）' : item.status, `state state--${item.status}`),
    element('td', item.office ?? '—'),
    days,
  )
  tr.addEventListener('click', () => onOpen(item.id))
  return tr
}

export function renderRows(items: readonly AdminItem[], selectedId: string | null, onOpen: (id: string) => void, append = false): void {
  const body = byId('rows')
  const rows = items.map((item) => row(item, onOpen))
  if (append) body.append(...rows)
  else body.replaceChildren(...rows)
  if (!append && items.length === 0) {
    const empty = element('tr')
    const cell = element('td', '没有符合条件的建议', 'meta')
    cell.colSpan = 7
    empty.append(cell)
    body.append(empty)
  }
  markSelected(selectedId)
}

export function markSelected(id: string | null): void {
  for (const tr of byId('rows').querySelectorAll<HTMLTableRowElement>('tr.row')) tr.setAttribute('aria-selected', String(tr.dataset.id === id))
}

/** ↑/↓ and k/j move between rows, Enter or Space opens the focused one. */
export function listenToListKeys(onOpen: (id: string) => void): void {
  byId('rows').addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest<HTMLTableRowElement>('tr.row')
    if (!current) return
    const step = event.key === 'ArrowDown' || event.key === 'j' ? 1 : event.key === 'ArrowUp' || event.key === 'k' ? -1 : 0
    if (step) {
      event.preventDefault()
      const rows = [...byId('rows').querySelectorAll<HTMLTableRowElement>('tr.row')]
      rows[Math.min(rows.length - 1, Math.max(0, rows.indexOf(current) + step))]?.focus()
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onOpen(current.dataset.id!)
    }
  })
}
