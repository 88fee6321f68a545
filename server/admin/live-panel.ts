/**
 * 现在宣读 on the secretariat's page: the report in reading order (opening,
 * each section, each card, the paragraphs that are not cards), a big
 * ‹ 上一项 / 下一项 › for one-tap advancing while listening, 开始 and 结束.
 * It sets the state with POST /api/admin/live and follows GET /api/live, so
 * two desks (or a desk and a phone) always agree on what is being read.
 */
import { liveStops, stepTarget, stopIndex } from '../../src/live/reading-order'
import type { LiveState, LiveTarget } from '../../src/live/types'
import { asLiveState } from '../../src/live/wire'
import { report } from '../../src/report/report'
import { api, Unauthorized } from './admin-api'
import { element } from './admin-dom'

const stops = liveStops(report)

interface Panel {
  now: HTMLElement
  message: HTMLElement
  list: HTMLOListElement
  previous: HTMLButtonElement
  next: HTMLButtonElement
  start: HTMLButtonElement
  end: HTMLButtonElement
}

let mounted = false
let current: LiveState | null = null

function button(text: string, className: string, label?: string): HTMLButtonElement {
  const node = element('button', text, className)
  node.type = 'button'
  if (label) node.setAttribute('aria-label', label)
  return node
}

function render(panel: Panel): void {
  const target = current?.target ?? null
  panel.now.textContent = target ? `正在宣读：${current!.title}` : '现在没有宣读'
  panel.now.className = target ? 'live-now live-now--on' : 'live-now'
  const at = stopIndex(stops, target)
  panel.previous.disabled = !target || at <= 0
  panel.next.disabled = target !== null && at >= stops.length - 1
  panel.next.textContent = target ? '下一项 ›' : '从头开始 ›'
  // The name a screen reader hears holds the visible words (axe: label-content-name-mismatch).
  panel.next.setAttribute('aria-label', target ? '下一项' : '从头开始')
  panel.end.disabled = !target
  panel.list.querySelectorAll('button').forEach((item, index) => {
    if (index === at) item.setAttribute('aria-current', 'step')
    else item.removeAttribute('aria-current')
    item.classList.toggle('live-stop--read', at >= 0 && index < at)
  })
  if (at >= 0) panel.list.children[at]?.scrollIntoView({ block: 'nearest' })
}

function take(state: LiveState | null, panel: Panel): void {
  if (!state) return
  if (current && state.seq < current.seq) return
  current = state
  render(panel)
}

async function set(target: LiveTarget | null, panel: Panel): Promise<void> {
  panel.message.textContent = ''
  try {
    const response = await api('/api/admin/live', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target }) })
    const body: unknown = await response.json().catch(() => null)
    if (response.ok) return take(asLiveState(body), panel)
    const message = (body as { error?: { message?: string } } | null)?.error?.message
    panel.message.textContent = message ?? `未能设置（${response.status}）`
  } catch (error) {
    panel.message.textContent = error instanceof Unauthorized ? '登录已失效，请重新登录' : '网络异常，未能设置，请重试'
  }
}

/** Follows the stream; EventSource reconnects by itself if the server restarts. */
function follow(panel: Panel): void {
  const source = new EventSource('/api/live')
  source.addEventListener('now', (event) => {
    try {
      take(asLiveState(JSON.parse((event as MessageEvent<string>).data)), panel)
    } catch {
      // not a state: ignored
    }
  })
}

/** Fills the panel's placeholder in index.html (once) and shows it. */
export function mountLivePanel(container: HTMLElement): void {
  if (mounted) return
  mounted = true
  const heading = element('h2', '现在宣读')
  const now = element('p', '现在没有宣读', 'live-now')
  now.setAttribute('aria-live', 'polite')
  const panel: Panel = {
    now,
    message: element('p', '', 'error'),
    list: element('ol', undefined, 'live-stops'),
    previous: button('‹ 上一项', 'live-step', '上一项'),
    next: button('下一项 ›', 'live-step', '下一项'),
    start: button('开始', 'quiet'),
    end: button('结束', 'quiet'),
  }
  panel.message.setAttribute('role', 'alert')
  stops.forEach((stop) => {
    const item = element('li')
    const choose = button(stop.title, `live-stop live-stop--${stop.target.kind}`)
    choose.addEventListener('click', () => void set(stop.target, panel))
    item.append(choose)
    panel.list.append(item)
  })
  panel.previous.addEventListener('click', () => void set(stepTarget(stops, current?.target ?? null, -1), panel))
  panel.next.addEventListener('click', () => void set(stepTarget(stops, current?.target ?? null, 1), panel))
  panel.start.addEventListener('click', () => void set(stops[0]?.target ?? null, panel))
  panel.end.addEventListener('click', () => void set(null, panel))

  const steps = element('div', undefined, 'live-steps')
  steps.append(panel.previous, panel.next)
  const ends = element('div', undefined, 'live-ends')
  ends.append(panel.start, panel.end)
  const details = element('details', undefined, 'live-order')
  details.append(element('summary', `报告宣读顺序（${stops.length} 项，点击直接设为正在宣读）`), panel.list)
  container.replaceChildren(heading, now, steps, ends, panel.message, details)
  container.hidden = false

  void fetch('/api/live/now')
    .then((response) => response.json())
    .then((body: unknown) => take(asLiveState(body), panel))
    .catch(() => {})
  follow(panel)
  render(panel)
}
