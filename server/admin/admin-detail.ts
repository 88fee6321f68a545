/**
 * The detail pane beside the list: the whole suggestion, its timeline, and
 * the 交办 / 答复 / 重办 editor. Saves name the version shown; a colleague's
 * newer save is shown with their text and nothing typed here is lost.
 */
import type { Office } from '../../src/feedback/offices'
import { postJson, Unauthorized, type AdminItem, type ErrorAnswer } from './admin-api'
import { element, localTime, option } from './admin-dom'

const COSIGNER_STATE_WORDS = { invited: '待确认', confirmed: '已附议', declined: '不附议' } as const
const ACTION_WORDS = { submit: '提交', assign: '交办', answer: '答复', rate: '评价' } as const

export interface DetailHooks {
  offices: readonly Office[]
  /** After a save: the list is drawn again and the pane shows the saved item */
  onSaved: (item: AdminItem) => Promise<void>
  onSignedOut: (message: string) => void
  /** The confirmation line outside the pane (the pane is drawn again) */
  announce: (text: string) => void
}

function officeSelect(offices: readonly Office[], current: string | null): HTMLSelectElement {
  const select = element('select')
  select.name = 'office'
  select.append(option('', '请选择承办单位', current === null))
  const kinds = [...new Set(offices.map((o) => o.kind))]
  for (const kind of kinds) {
    const group = element('optgroup')
    group.label = kind
    for (const office of offices.filter((o) => o.kind === kind)) group.append(option(office.name, office.name, office.name === current))
    select.append(group)
  }
  if (current !== null && !offices.some((o) => o.name === current)) select.append(option(current, current, true))
  return select
}

function labelled(text: string, control: HTMLElement, className = ''): HTMLLabelElement {
  const label = element('label', text, className)
  label.append(control)
  return label
}

function timelineView(item: AdminItem): HTMLElement {
  const list = element('ol', undefined, 'timeline')
  list.setAttribute('aria-label', '办理记录')
  for (const entry of item.timeline) {
    const li = element('li')
    const move = entry.from === null ? entry.to : entry.from === entry.to ? entry.to : `${entry.from} → ${entry.to}`
    li.append(element('span', `${localTime(entry.at)} · ${entry.byName} · ${ACTION_WORDS[entry.action]}（${move}）`, 'timeline__head'))
    const detail = [
      entry.office ? `承办单位：${entry.office}` : '',
      entry.deadline ? `期限：${entry.deadline}` : '',
      entry.rating ? `满意度：${entry.rating}` : '',
      entry.comment ? `意见：${entry.comment}` : '',
      entry.answer ? `答复：${entry.answer}` : '',
    ].filter(Boolean)
    if (detail.length) li.append(element('span', detail.join(' · '), 'timeline__detail'))
    list.append(li)
  }
  return list
}

/** Someone else saved since this pane was drawn: say so, with what they saved; the typed text stays. */
function showConflict(current: AdminItem, conflict: HTMLElement, shown: { version: number }): void {
  shown.version = current.version
  conflict.replaceChildren(
    element('p', `他人已于 ${localTime(current.updatedAt)} 修改了这条建议（现为「${current.status}」${current.office ? `，承办单位${current.office}` : ''}），您的修改未保存。`, 'conflict__lead'),
    element('p', current.answer ? `对方的答复：${current.answer}` : '对方未填写答复。', 'conflict__text'),
    element('p', '您填写的内容仍在下方；核对后再保存将以您的内容为准。', 'conflict__hint'),
  )
  conflict.hidden = false
}

function problemOf(status: number, body: ErrorAnswer | null): string {
  if (body?.error?.code === 'status_backward') return '状态不能回退'
  return body?.error?.message ?? (Object.values(body?.error?.fields ?? {}).join('；') || `保存失败（${status}）`)
}

export function renderDetail(item: AdminItem, hooks: DetailHooks): HTMLElement {
  const pane = element('article', undefined, 'detail')
  pane.dataset.id = item.id
  pane.setAttribute('aria-labelledby', `detail-title-${item.id}`)
  const title = element('h2', item.title)
  title.id = `detail-title-${item.id}`
  title.tabIndex = -1
  pane.append(title)

  const sender = item.delegate ? `${item.delegate.name}（${item.delegate.delegation} · ${item.delegate.role}）` : item.delegateCode
  const confirmed = item.cosigners.length ? `附议 ${item.cosigners.map((c) => `${c.name}（${COSIGNER_STATE_WORDS[c.state]}）`).join('、')}` : ''
  pane.append(
    element('p', [item.receipt, localTime(item.createdAt), sender, item.phone ? `电话 ${item.phone}` : '', confirmed].filter(Boolean).join(' · '), 'meta'),
    element('p', `相关卡片：${item.cardTitle ?? item.cardId}`, 'meta'),
    element('p', item.content, 'content'),
  )
  const state = [`状态：${item.status}`, item.office ? `承办单位：${item.office}` : '', item.deadline ? `期限：${item.deadline}` : '', `已办 ${item.daysOpen} 天`].filter(Boolean)
  const stateLine = element('p', state.join(' · '), item.overdue ? 'meta overdue' : 'meta')
  if (item.overdue) stateLine.append(element('strong', ' · 已逾期'))
  pane.append(stateLine)
  if (item.rating) pane.append(element('p', `代表评价：${item.rating}${item.ratingComment ? `，${item.ratingComment}` : ''}`, item.rating === '不满意' ? 'rating rating--unhappy' : 'rating'))
  else if (item.status === '已答复') pane.append(element('p', '等待代表评价', 'meta'))

  const shown = { version: item.version }
  const conflict = element('div', undefined, 'conflict')
  conflict.setAttribute('role', 'alert')
  conflict.hidden = true
  const message = element('p')
  message.setAttribute('role', 'status')

  async function save(change: Record<string, unknown>): Promise<void> {
    message.className = ''
    message.textContent = '正在保存…'
    try {
      const response = await postJson(`/api/admin/suggestions/${encodeURIComponent(item.id)}`, { ...change, version: shown.version })
      const body = (await response.json().catch(() => null)) as (ErrorAnswer & AdminItem) | null
      if (response.ok && body) {
        await hooks.onSaved(body)
        hooks.announce(`已保存：${body.receipt} ${body.status}`)
        return
      }
      if (body?.error?.code === 'stale' && body.current) {
        message.textContent = ''
        showConflict(body.current, conflict, shown)
        return
      }
      message.className = 'error'
      message.textContent = problemOf(response.status, body)
    } catch (error) {
      if (error instanceof Unauthorized) return hooks.onSignedOut('登录已失效，请重新登录')
      message.className = 'error'
      message.textContent = '网络异常，未保存，请重试'
    }
  }

  const editor = element('div', undefined, 'editor')
  editor.setAttribute('aria-label', `办理：${item.title}`)
  editor.setAttribute('role', 'group')
  const office = officeSelect(hooks.offices, item.office)
  const deadline = element('input')
  deadline.type = 'date'
  deadline.name = 'deadline'
  deadline.value = item.deadline ?? ''
  if (item.status !== '已答复') {
    const assignForm = element('form', undefined, 'row')
    const verb = item.status === '重办' ? '重新交办' : item.status === '已交办' ? '改交办' : '交办'
    const assign = element('button', verb)
    assign.type = 'submit'
    assignForm.append(labelled('承办单位', office), labelled('期限（选填）', deadline), assign)
    assignForm.addEventListener('submit', (event) => {
      event.preventDefault()
      void save({ status: item.status === '重办' ? '重办' : '已交办', office: office.value, deadline: deadline.value })
    })
    editor.append(assignForm)
  }
  if (!(item.status === '已答复' && item.rating !== null)) {
    const answerForm = element('form', undefined, 'answer-form')
    const answer = element('textarea')
    answer.name = 'answer'
    answer.value = item.answer ?? ''
    const verb = item.status === '已答复' ? '修改答复' : '答复'
    const submit = element('button', verb)
    submit.type = 'submit'
    answerForm.append(labelled('答复内容', answer, 'wide'), submit)
    answerForm.addEventListener('submit', (event) => {
      event.preventDefault()
      // From 已收到, an office chosen above goes with the answer (交办 and 答复 in one save).
      const handOver = item.status === '已收到' && office.value ? { office: office.value, deadline: deadline.value } : {}
      void save({ status: '已答复', answer: answer.value, ...handOver })
    })
    editor.append(answerForm)
  }
  pane.append(editor, conflict, message)
  pane.append(element('h3', '办理记录'), timelineView(item))
  return pane
}
