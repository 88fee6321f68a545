/**
 * The secretariat's page (served at /admin/): lists suggestions with filters,
 * a page at a time, counts per status and per card, the full text with each
 * co-signer's answer, the status and answer editor (saved against the version
 * shown, so a colleague's save is never overwritten unseen), and the reset of
 * a delegate's sign-in. Every text from a sender is put on the page with
 * textContent, never as HTML.
 */
import { report } from '../../src/report/report'
import { chineseNumber, PART_SHORT_NAMES } from '../../src/report/wording'
import { SUGGESTION_STATUSES, type SuggestionStatus } from '../../src/feedback/types'

interface AdminItem {
  id: string
  receipt: string
  title: string
  content: string
  cardId: string
  cardTitle: string | null
  phone: string | null
  cosigners: Array<{ code: string; name: string; state: 'invited' | 'confirmed' | 'declined' }>
  status: SuggestionStatus
  answer: string | null
  version: number
  createdAt: string
  updatedAt: string
  delegateCode: string
  delegate: { name: string; delegation: string; role: string } | null
}

interface ListAnswer {
  items: AdminItem[]
  total: number
  nextCursor: string | null
  byStatus: Record<SuggestionStatus, number>
  byCard: Array<{ cardId: string; cardTitle: string | null; count: number }>
}

const COSIGNER_STATE_WORDS = { invited: '待确认', confirmed: '已附议', declined: '不附议' } as const

const TOKEN_KEY = 'niutang.adminToken'

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`#${id} is missing from admin/index.html`)
  return element as T
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (text !== undefined) node.textContent = text
  if (className) node.className = className
  return node
}

const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
}

class Unauthorized extends Error {}

async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: { ...(init.headers ?? {}), authorization: `Bearer ${token.get() ?? ''}` },
  })
  if (response.status === 401) throw new Unauthorized()
  return response
}

function currentFilter(): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, id] of [['section', 'filter-section'], ['card', 'filter-card'], ['status', 'filter-status']] as const) {
    const value = byId<HTMLSelectElement>(id).value
    if (value) params.set(name, value)
  }
  return params
}

function fillFilterChoices(): void {
  const sections = byId<HTMLSelectElement>('filter-section')
  const cards = byId<HTMLSelectElement>('filter-card')
  for (const part of report.parts) {
    for (const section of part.sections) {
      const option = element('option', `${PART_SHORT_NAMES[part.id]} ${chineseNumber(section.number)}、${section.topic}`)
      option.value = section.id
      sections.append(option)
      for (const card of section.cards) {
        const cardOption = element('option', `${PART_SHORT_NAMES[part.id]} · ${card.title}`)
        cardOption.value = card.id
        cards.append(cardOption)
      }
    }
  }
}

function renderSuggestion(item: AdminItem): HTMLLIElement {
  const li = element('li', undefined, 'suggestion')
  li.dataset.id = item.id
  li.append(element('h3', item.title))
  const sender = item.delegate ? `${item.delegate.name}（${item.delegate.delegation} · ${item.delegate.role}）` : item.delegateCode
  const meta = [
    item.receipt,
    new Date(item.createdAt).toLocaleString('zh-CN', { hour12: false }),
    sender,
    item.phone ? `电话 ${item.phone}` : '',
    item.cosigners.length ? `附议 ${item.cosigners.map((c) => `${c.name}（${COSIGNER_STATE_WORDS[c.state]}）`).join('、')}` : '',
  ].filter(Boolean)
  li.append(element('p', meta.join(' · '), 'meta'))
  li.append(element('p', `相关卡片：${item.cardTitle ?? item.cardId}`, 'meta'))
  li.append(element('p', item.content, 'content'))

  const editor = element('form', undefined, 'editor')
  editor.setAttribute('aria-label', `办理：${item.title}`)
  const row = element('div', undefined, 'row')
  const statusLabel = element('label', '办理状态')
  const status = element('select')
  status.name = 'status'
  for (const value of SUGGESTION_STATUSES) {
    const option = element('option', value)
    option.selected = value === item.status
    // Status moves forward only: 已收到 → 已交办 → 已答复.
    option.disabled = SUGGESTION_STATUSES.indexOf(value) < SUGGESTION_STATUSES.indexOf(item.status)
    status.append(option)
  }
  statusLabel.append(status)
  row.append(statusLabel)
  const save = element('button', '保存')
  save.type = 'submit'
  row.append(save)
  const answerLabel = element('label', '答复内容')
  answerLabel.style.display = 'flex'
  const answer = element('textarea')
  answer.name = 'answer'
  answer.value = item.answer ?? ''
  answerLabel.append(answer)
  const conflict = element('div', undefined, 'conflict')
  conflict.setAttribute('role', 'alert')
  conflict.hidden = true
  const message = element('p', '', '')
  message.setAttribute('role', 'status')
  editor.append(answerLabel, row, conflict, message)
  // The version this page shows; a save names it, and a stale one is refused.
  const shown = { version: item.version }
  editor.addEventListener('submit', (event) => {
    event.preventDefault()
    void saveChange(item.id, { status: status.value, answer: answer.value, version: shown.version }, { message, conflict, shown })
  })
  li.append(editor)
  return li
}

interface EditorParts {
  message: HTMLElement
  conflict: HTMLElement
  shown: { version: number }
}

/**
 * Someone else saved since this page loaded: say so, with what they saved.
 * The text typed here stays in the box; saving again (now against their
 * version) replaces theirs on purpose.
 */
function showConflict(current: AdminItem, { conflict, shown }: EditorParts): void {
  shown.version = current.version
  const when = new Date(current.updatedAt).toLocaleString('zh-CN', { hour12: false })
  conflict.replaceChildren(
    element('p', `他人已于 ${when} 修改了这条建议（现为「${current.status}」），您的修改未保存。`, 'conflict__lead'),
    element('p', current.answer ? `对方的答复：${current.answer}` : '对方未填写答复。', 'conflict__text'),
    element('p', '您填写的内容仍在上方；核对后再点「保存」将以您的内容为准。', 'conflict__hint'),
  )
  conflict.hidden = false
}

async function saveChange(id: string, change: { status: string; answer: string; version: number }, parts: EditorParts): Promise<void> {
  const { message } = parts
  message.className = ''
  message.textContent = '正在保存…'
  byId('status').textContent = ''
  try {
    const response = await api(`/api/admin/suggestions/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(change),
    })
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; fields?: Record<string, string> }; current?: AdminItem } | null
    if (response.ok) {
      const saved = (body as unknown as { receipt?: string; status?: string } | null) ?? {}
      // The list is drawn again below, so the confirmation lives outside it.
      await refresh()
      byId('status').textContent = `已保存：${saved.receipt ?? ''} ${saved.status ?? ''}`.trim()
      return
    }
    if (body?.error?.code === 'stale' && body.current) {
      message.textContent = ''
      showConflict(body.current, parts)
      return
    }
    message.className = 'error'
    message.textContent =
      body?.error?.code === 'status_backward'
        ? '状态不能回退'
        : Object.values(body?.error?.fields ?? {}).join('；') || `保存失败（${response.status}）`
  } catch (error) {
    if (error instanceof Unauthorized) return showLogin('口令已失效，请重新输入')
    message.className = 'error'
    message.textContent = '网络异常，未保存，请重试'
  }
}

/** Where the next page starts; null once everything is shown. */
let nextCursor: string | null = null

function summaryText(answer: ListAnswer): string {
  const counts = SUGGESTION_STATUSES.map((status) => `${status} ${answer.byStatus[status] ?? 0}`).join(' · ')
  return `共 ${answer.total} 条建议（${counts}）`
}

/** Draws the first page again (after a filter change or a save). */
async function refresh(): Promise<void> {
  try {
    const response = await api(`/api/admin/suggestions?${currentFilter().toString()}`)
    const answer = (await response.json()) as ListAnswer
    byId('summary').textContent = summaryText(answer)
    const byCard = byId('by-card')
    byCard.replaceChildren(
      ...answer.byCard.map((row) => element('li', `${row.cardTitle ?? row.cardId}：${row.count} 条`)),
    )
    const list = byId('suggestions')
    list.replaceChildren(...answer.items.map(renderSuggestion))
    if (answer.items.length === 0) list.append(element('li', '没有符合条件的建议', 'meta'))
    setNextCursor(answer.nextCursor)
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('口令不正确')
    else byId('summary').textContent = '网络异常，无法读取建议列表'
  }
}

function setNextCursor(cursor: string | null): void {
  nextCursor = cursor
  byId('more').hidden = cursor === null
}

async function loadMore(): Promise<void> {
  if (nextCursor === null) return
  const params = currentFilter()
  params.set('cursor', nextCursor)
  try {
    const response = await api(`/api/admin/suggestions?${params.toString()}`)
    const answer = (await response.json()) as ListAnswer
    byId('suggestions').append(...answer.items.map(renderSuggestion))
    setNextCursor(answer.nextCursor)
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('口令已失效，请重新输入')
    else byId('summary').textContent = '网络异常，未能读取更多建议'
  }
}

/** Ends a delegate's sign-ins (every phone) and their WeChat binding, e.g. after a lost slip. */
async function resetDelegate(): Promise<void> {
  const input = byId<HTMLInputElement>('reset-code')
  const result = byId('reset-result')
  const code = input.value.trim().toUpperCase()
  result.className = ''
  if (!code) {
    result.className = 'error'
    result.textContent = '请填写代表编码'
    return
  }
  try {
    const response = await api(`/api/admin/delegates/${encodeURIComponent(code)}/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    const body = (await response.json().catch(() => null)) as { name?: string; sessionsEnded?: number; unbound?: boolean } | null
    if (response.ok && body) {
      result.className = 'saved'
      result.textContent = `已重置 ${code} ${body.name ?? ''}：结束 ${body.sessionsEnded ?? 0} 处登录${body.unbound ? '，已解除微信绑定' : ''}。请该代表用代表证上的口令重新登录。`
      input.value = ''
      return
    }
    result.className = 'error'
    result.textContent = response.status === 404 ? `名单中没有代表编码 ${code}` : `重置失败（${response.status}）`
  } catch (error) {
    if (error instanceof Unauthorized) return showLogin('口令已失效，请重新输入')
    result.className = 'error'
    result.textContent = '网络异常，未能重置，请重试'
  }
}

async function exportCsv(): Promise<void> {
  try {
    const response = await api(`/api/admin/suggestions.csv?${currentFilter().toString()}`)
    const blob = await response.blob()
    const link = element('a')
    link.href = URL.createObjectURL(blob)
    link.download = '代表建议.csv'
    link.click()
    URL.revokeObjectURL(link.href)
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('口令已失效，请重新输入')
  }
}

function showLogin(problem = ''): void {
  token.clear()
  byId('workspace').hidden = true
  byId('login').hidden = false
  byId('login-error').textContent = problem
}

function showWorkspace(): void {
  byId('login').hidden = true
  byId('workspace').hidden = false
  void refresh()
}

function start(): void {
  fillFilterChoices()
  byId<HTMLFormElement>('login').addEventListener('submit', (event) => {
    event.preventDefault()
    token.set(byId<HTMLInputElement>('token').value.trim())
    showWorkspace()
  })
  byId<HTMLFormElement>('filters').addEventListener('change', () => void refresh())
  byId('export').addEventListener('click', () => void exportCsv())
  byId('more').addEventListener('click', () => void loadMore())
  byId<HTMLFormElement>('reset').addEventListener('submit', (event) => {
    event.preventDefault()
    void resetDelegate()
  })
  byId('logout').addEventListener('click', () => showLogin())
  if (token.get()) showWorkspace()
  else showLogin()
}

start()
