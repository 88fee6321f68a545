/**
 * The secretariat's page (served at /admin/): a staff member (工作人员) signs
 * in with code and pin and works the desk: counts (待交办 / 办理中 / 已答复 /
 * 不满意 / 逾期), filters, the compact list with a detail pane (交办, 答复,
 * 重办, the timeline), a per-card count, .xlsx and CSV export, and the reset
 * of a delegate's sign-in. The admin token still opens it in an emergency.
 */
import { report } from '../../src/report/report'
import { chineseNumber, PART_SHORT_NAMES } from '../../src/report/wording'
import { api, credential, signInStaff, signOut, Unauthorized, type AdminItem, type ListAnswer } from './admin-api'
import { renderDetail } from './admin-detail'
import { byId, download, element, option } from './admin-dom'
import { listenToListKeys, markSelected, renderCounts, renderRows } from './admin-list'
import { mountLivePanel } from './live-panel'

const FILTERS = ['status', 'office', 'section', 'card', 'rating'] as const

const state = {
  items: [] as AdminItem[],
  selectedId: null as string | null,
  nextCursor: null as string | null,
  offices: [] as ListAnswer['offices'],
}

function filterForm(): HTMLFormElement {
  return byId<HTMLFormElement>('filters')
}

function currentFilter(): URLSearchParams {
  const params = new URLSearchParams()
  const form = filterForm()
  for (const name of FILTERS) {
    const value = (form.elements.namedItem(name) as HTMLSelectElement).value
    if (value) params.set(name, value)
  }
  if ((form.elements.namedItem('overdue') as HTMLInputElement).checked) params.set('overdue', '1')
  return params
}

/** A tap on a count lists what it counts (the section, card and office chosen stay). */
function chooseCount(filter: Record<string, unknown>): void {
  const form = filterForm()
  for (const name of ['status', 'rating'] as const) (form.elements.namedItem(name) as HTMLSelectElement).value = String(filter[name] ?? '')
  ;(form.elements.namedItem('overdue') as HTMLInputElement).checked = filter.overdue === true
  void refresh()
}

function fillReportChoices(): void {
  const sections = byId<HTMLSelectElement>('filter-section')
  const cards = byId<HTMLSelectElement>('filter-card')
  for (const part of report.parts) {
    for (const section of part.sections) {
      sections.append(option(section.id, `${PART_SHORT_NAMES[part.id]} ${chineseNumber(section.number)}、${section.topic}`))
      for (const card of section.cards) cards.append(option(card.id, `${PART_SHORT_NAMES[part.id]} · ${card.title}`))
    }
  }
}

function fillOfficeChoices(offices: ListAnswer['offices']): void {
  const select = byId<HTMLSelectElement>('filter-office')
  if (select.options.length > 1) return
  for (const office of offices) select.append(option(office.name))
}

function announce(text: string): void {
  byId('status').textContent = text
}

function showDetail(id: string | null): void {
  const pane = byId('detail')
  state.selectedId = id
  markSelected(id)
  const item = state.items.find((i) => i.id === id)
  if (!item) {
    pane.replaceChildren(element('p', '在左侧列表中选择一条建议（↑↓ 移动，回车打开）。', 'meta'))
    return
  }
  pane.replaceChildren(
    renderDetail(item, {
      offices: state.offices,
      onSaved: async (saved) => {
        state.selectedId = saved.id
        await refresh()
      },
      onSignedOut: showLogin,
      announce,
    }),
  )
}

function openItem(id: string): void {
  showDetail(id)
  byId('detail').querySelector<HTMLElement>('h2')?.focus()
}

async function refresh(): Promise<void> {
  try {
    const response = await api(`/api/admin/suggestions?${currentFilter().toString()}`)
    const answer = (await response.json()) as ListAnswer & { error?: { fields?: Record<string, string> } }
    if (!response.ok) {
      byId('summary').textContent = Object.values(answer.error?.fields ?? {}).join('；') || `读取失败（${response.status}）`
      return
    }
    state.items = answer.items
    state.offices = answer.offices
    state.nextCursor = answer.nextCursor
    fillOfficeChoices(answer.offices)
    renderCounts(answer, chooseCount)
    renderRows(answer.items, state.selectedId, openItem)
    byId('more').hidden = answer.nextCursor === null
    showDetail(state.items.some((i) => i.id === state.selectedId) ? state.selectedId : null)
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('登录已失效，请重新登录')
    else byId('summary').textContent = '网络异常，无法读取建议列表'
  }
}

async function loadMore(): Promise<void> {
  if (state.nextCursor === null) return
  const params = currentFilter()
  params.set('cursor', state.nextCursor)
  try {
    const answer = (await (await api(`/api/admin/suggestions?${params.toString()}`)).json()) as ListAnswer
    state.items.push(...answer.items)
    state.nextCursor = answer.nextCursor
    renderRows(answer.items, state.selectedId, openItem, true)
    byId('more').hidden = answer.nextCursor === null
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('登录已失效，请重新登录')
    else byId('summary').textContent = '网络异常，未能读取更多建议'
  }
}

async function exportFile(kind: 'xlsx' | 'csv'): Promise<void> {
  try {
    const response = await api(`/api/admin/suggestions.${kind}?${currentFilter().toString()}`)
    if (!response.ok) return announce(`导出失败（${response.status}）`)
    await download(response, `代表建议.${kind}`)
  } catch (error) {
    if (error instanceof Unauthorized) showLogin('登录已失效，请重新登录')
    else announce('网络异常，未能导出，请重试')
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
    const response = await api(`/api/admin/delegates/${encodeURIComponent(code)}/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
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
    if (error instanceof Unauthorized) return showLogin('登录已失效，请重新登录')
    result.className = 'error'
    result.textContent = '网络异常，未能重置，请重试'
  }
}

function showLogin(problem = ''): void {
  credential.clear()
  byId('workspace').hidden = true
  byId('login-area').hidden = false
  byId('login-error').textContent = problem
  byId('who').textContent = ''
}

function showWorkspace(): void {
  byId('login-area').hidden = true
  byId('workspace').hidden = false
  const who = credential.get()
  byId('who').textContent = who ? `${who.who} · 人大办` : ''
  mountLivePanel(byId('live-panel'))
  void refresh()
}

function start(): void {
  fillReportChoices()
  byId<HTMLFormElement>('login').addEventListener('submit', (event) => {
    event.preventDefault()
    const code = byId<HTMLInputElement>('login-code').value.trim()
    const pin = byId<HTMLInputElement>('login-pin').value.trim()
    if (!code || !pin) {
      byId('login-error').textContent = '请填写代表编码和口令'
      return
    }
    void signInStaff(code, pin).then((outcome) => {
      if (!outcome.ok) {
        byId('login-error').textContent = outcome.message
        return
      }
      credential.set(outcome.credential)
      byId<HTMLInputElement>('login-pin').value = ''
      showWorkspace()
    })
  })
  byId<HTMLFormElement>('token-login').addEventListener('submit', (event) => {
    event.preventDefault()
    credential.set({ bearer: byId<HTMLInputElement>('token').value.trim(), who: '管理口令', kind: 'token' })
    showWorkspace()
  })
  filterForm().addEventListener('change', () => void refresh())
  byId('export-xlsx').addEventListener('click', () => void exportFile('xlsx'))
  byId('export-csv').addEventListener('click', () => void exportFile('csv'))
  byId('more').addEventListener('click', () => void loadMore())
  byId<HTMLFormElement>('reset').addEventListener('submit', (event) => {
    event.preventDefault()
    void resetDelegate()
  })
  byId('logout').addEventListener('click', () => void signOut().then(() => showLogin()))
  listenToListKeys(openItem)
  document.addEventListener('keydown', (event) => {
    // Esc in the pane goes back to the row it came from.
    if (event.key === 'Escape' && state.selectedId && byId('detail').contains(document.activeElement))
      byId('rows').querySelector<HTMLElement>(`tr[data-id="${CSS.escape(state.selectedId)}"]`)?.focus()
  })
  if (credential.get()) showWorkspace()
  else showLogin()
}

start()
