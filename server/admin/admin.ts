/**
 * The secretariat's page (served at /admin/): lists suggestions with filters,
 * a count per card, the full text, and the status and answer editor. Every
 * text from a sender is put on the page with textContent, never as HTML.
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
  cosigners: string[]
  status: SuggestionStatus
  answer: string | null
  createdAt: string
  delegateCode: string
  delegate: { name: string; delegation: string; role: string } | null
}

interface ListAnswer {
  items: AdminItem[]
  total: number
  byCard: Array<{ cardId: string; cardTitle: string | null; count: number }>
}

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
    item.cosigners.length ? `附议 ${item.cosigners.join('、')}` : '',
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
  const message = element('p', '', '')
  message.setAttribute('role', 'status')
  editor.append(answerLabel, row, message)
  editor.addEventListener('submit', (event) => {
    event.preventDefault()
    void saveChange(item.id, status.value, answer.value, message)
  })
  li.append(editor)
  return li
}

async function saveChange(id: string, status: string, answer: string, message: HTMLElement): Promise<void> {
  message.className = ''
  message.textContent = '正在保存…'
  byId('status').textContent = ''
  try {
    const response = await api(`/api/admin/suggestions/${encodeURIComponent(id)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status, answer }),
    })
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; fields?: Record<string, string> } } | null
    if (response.ok) {
      const saved = (body as unknown as { receipt?: string; status?: string } | null) ?? {}
      // The list is drawn again below, so the confirmation lives outside it.
      await refresh()
      byId('status').textContent = `已保存：${saved.receipt ?? ''} ${saved.status ?? ''}`.trim()
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

async function refresh(): Promise<void> {
  try {
    const response = await api(`/api/admin/suggestions?${currentFilter().toString()}`)
    const answer = (await response.json()) as ListAnswer
    byId('summary').textContent = `共 ${answer.total} 条建议`
    const byCard = byId('by-card')
    byCard.replaceChildren(
      ...answer.byCard.map((row) => element('li', `${row.cardTitle ?? row.cardId}：${row.count} 条`)),
    )
    const list = byId('suggestions')
    list.replaceChildren(...answer.items.map(renderSuggestion))
    if (answer.items.length === 0) list.append(element('li', '没有符合条件的建议', 'meta'))
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('口令不正确')
    else byId('summary').textContent = '网络异常，无法读取建议列表'
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
  byId('logout').addEventListener('click', () => showLogin())
  if (token.get()) showWorkspace()
  else showLogin()
}

start()
