import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SuggestPage from '../../src/pages/suggest/index'

/** The page posts to /api/feedback on H5; these tests answer for the server. */
const fetchMock = vi.fn<typeof fetch>()

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

/**
 * Types into a field as Taro's H5 components report it: Input is a native input
 * carrying the label; Textarea is a web component that sends `input` with `detail.value`.
 */
function typeInto(label: string, value: string): void {
  const field = screen.getByLabelText(label)
  if (field instanceof HTMLInputElement) fireEvent.input(field, { target: { value } })
  else fireEvent(field, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

function submitButton(): HTMLElement {
  return screen.getByText('提交').closest('.nut-button') as HTMLElement
}

beforeEach(() => {
  localStorage.clear()
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the suggestion form (NutUI button, Taro inputs)', () => {
  it('says what is wrong, field by field, before anything is sent', async () => {
    render(<SuggestPage />)
    typeInto('标题', '小微')
    typeInto('内容', '太短')
    fireEvent.click(submitButton())
    await screen.findByText('标题至少4个字')
    expect(screen.getByText('内容至少10个字')).toBeTruthy()
    expect(screen.getByText('请选择相关的报告卡片')).toBeTruthy()
    expect(screen.getByText('请填写代表证上的代表编码')).toBeTruthy()
    expect(screen.getByText('请填写代表证上的口令')).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('keeps the draft as it is typed, so a restart loses nothing', () => {
    const first = render(<SuggestPage />)
    typeInto('标题', '加快剩余小微水体治理')
    typeInto('内容', '建议公布剩余35条小微水体的治理时间表。')
    expect(screen.getByText('已输入 20/2000')).toBeTruthy()
    first.unmount()

    render(<SuggestPage />)
    expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('加快剩余小微水体治理')
  })

  it('signs in with code and pin, then sends a valid suggestion once with the session and shows the receipt number', async () => {
    const session = 'ab'.repeat(32)
    fetchMock.mockImplementation(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { action: string }
      if (body.action === 'signin') return json(200, { session, name: '王建国', delegation: '牛塘片代表小组', role: '代表' })
      if (body.action === 'submit') return json(201, { id: 'a1', receipt: 'NT-2022-0007' })
      return json(200, { items: [], invitations: [] })
    })
    render(<SuggestPage />)
    fireEvent.click(screen.getByText('选择卡片'))
    fireEvent.click(screen.getByRole('button', { name: '上半年：污染防治精准发力' }))
    expect(screen.getByText('更换卡片')).toBeTruthy()
    typeInto('标题', '加快剩余小微水体治理')
    typeInto('内容', '建议公布剩余35条小微水体的治理时间表。')
    typeInto('代表编码', 'nt0001')
    typeInto('口令', '135790')
    fireEvent.click(submitButton())

    await screen.findByText('NT-2022-0007')
    const bodies = fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>)
    expect(bodies.find((b) => b.action === 'signin')).toEqual({ action: 'signin', delegateCode: 'NT0001', pin: '135790' })
    const submits = bodies.filter((b) => b.action === 'submit')
    expect(submits).toHaveLength(1)
    const sent = submits[0] as { session: string; suggestion: { cardId: string } }
    expect(sent.session).toBe(session)
    expect(sent.suggestion.cardId).toBe('review-4-2')
    await waitFor(() => expect(screen.getByText('建议已提交，回执编号')).toBeTruthy())
    // The pin is not kept on the phone; the session is.
    expect(JSON.stringify({ ...localStorage })).not.toContain('135790')
    expect(JSON.stringify({ ...localStorage })).toContain(session)
  })

  it('says 代表编码或口令不正确 for a wrong pin, and how many minutes to wait when throttled, keeping the draft', async () => {
    const answers = [
      json(401, { error: { code: 'bad_credentials' } }),
      new Response(JSON.stringify({ error: { code: 'too_many_attempts' } }), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '540' } }),
    ]
    fetchMock.mockImplementation(async () => answers.shift() ?? json(500, {}))
    render(<SuggestPage />)
    fireEvent.click(screen.getByText('选择卡片'))
    fireEvent.click(screen.getByRole('button', { name: '上半年：污染防治精准发力' }))
    typeInto('标题', '加快剩余小微水体治理')
    typeInto('内容', '建议公布剩余35条小微水体的治理时间表。')
    typeInto('代表编码', 'NT0001')
    typeInto('口令', '000000')
    fireEvent.click(submitButton())
    await screen.findByText('代表编码或口令不正确')

    typeInto('口令', '111111')
    fireEvent.click(submitButton())
    await screen.findByText('尝试次数过多，请 9 分钟后再试')
    expect(fetchMock.mock.calls.filter(([, init]) => String(init?.body).includes('"submit"'))).toHaveLength(0)
    expect((screen.getByLabelText('标题') as HTMLInputElement).value).toBe('加快剩余小微水体治理')
  })
})
