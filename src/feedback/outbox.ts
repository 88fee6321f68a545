/**
 * The client's outbox: every suggestion is written here first, then sent.
 * It keeps its requestId across retries, so the server stores it once
 * however often the network fails. Storage, transport and clock are injected;
 * the platform pieces live in src/services.
 *
 *   待发送 → 已提交 (with its receipt)
 *   待发送 → 未送达 (a permanent refusal: kept with its message, never dropped)
 * Network errors, 408, 429 and 5xx keep it 待发送 and retry with backoff. So
 * does 401 (the session ended, e.g. the secretariat's reset): it waits, with
 * a note, for the sender to sign in again, then goes with the new session.
 */
import { OUTBOX_STORAGE_KEY } from './outbox-key'
import type { Receipt, SuggestionInput } from './types'

export type OutboxState = '待发送' | '已提交' | '未送达'

export interface OutboxItem {
  requestId: string
  delegateCode: string
  /** The session it was written under, so it still sends after a restart */
  session?: string
  suggestion: SuggestionInput
  state: OutboxState
  /** Epoch ms */
  queuedAt: number
  attempts: number
  /** Epoch ms of the next try while 待发送 */
  nextAttemptAt: number
  /** Set once 已提交 */
  receipt?: Receipt
  sentAt?: number
  /** Set once 未送达, or while 待发送 waits for a new sign-in: what the server said, in Chinese */
  error?: { status: number; code: string; message: string; fields?: Record<string, string> }
}

export interface SubmitRequest {
  action: 'submit'
  requestId: string
  delegateCode: string
  session?: string
  suggestion: SuggestionInput
}

export interface TransportResponse {
  status: number
  body: unknown
  /** Seconds, from a 429's retry-after */
  retryAfter?: number
}

/** Sends one request; rejects only when the network fails. */
export type Transport = (request: SubmitRequest) => Promise<TransportResponse>

/** Key-value storage (Taro storage, localStorage, a Map in tests). */
export interface OutboxStorage {
  get(key: string): string | null | undefined | Promise<string | null | undefined>
  set(key: string, value: string): void | Promise<void>
}

export interface OutboxOptions {
  storage: OutboxStorage
  send: Transport
  /** The sender's current session for a code (a newer sign-in than the item's), if any */
  sessionFor?: (delegateCode: string) => string | undefined
  now?: () => number
  uuid?: () => string
  /** First retry delay; doubles per attempt up to maxDelayMs */
  baseDelayMs?: number
  maxDelayMs?: number
  storageKey?: string
}

export { OUTBOX_STORAGE_KEY }

const MESSAGES: Record<string, string> = {
  unknown_delegate: '代表编码不在名单中',
  signin_required: '登录已失效，请在「提建议」重新输入代表编码和口令，之后自动发送',
  bad_credentials: '代表编码或口令不正确',
  bound_elsewhere: '此代表编码已在其他微信上使用,请联系人大办',
  request_conflict: '提交编号冲突,请重新提交',
  too_large: '内容太长,无法提交',
  bad_json: '提交内容无法识别',
}

export function backoffDelay(attempts: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1))
}

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

export class Outbox {
  private readonly storage: OutboxStorage
  private readonly send: Transport
  private readonly sessionFor: (delegateCode: string) => string | undefined
  private readonly now: () => number
  private readonly uuid: () => string
  private readonly baseDelayMs: number
  private readonly maxDelayMs: number
  private readonly key: string
  private readonly listeners = new Set<(items: OutboxItem[]) => void>()
  private flushing: Promise<void> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  /** Read-modify-write steps run one at a time, so an enqueue during a send is never overwritten. */
  private writing: Promise<unknown> = Promise.resolve()

  constructor(options: OutboxOptions) {
    this.storage = options.storage
    this.send = options.send
    this.sessionFor = options.sessionFor ?? (() => undefined)
    this.now = options.now ?? Date.now
    this.uuid = options.uuid ?? randomUuid
    this.baseDelayMs = options.baseDelayMs ?? 2_000
    this.maxDelayMs = options.maxDelayMs ?? 5 * 60_000
    this.key = options.storageKey ?? OUTBOX_STORAGE_KEY
  }

  async items(): Promise<OutboxItem[]> {
    const raw = await this.storage.get(this.key)
    if (!raw) return []
    try {
      const parsed: unknown = JSON.parse(raw)
      if (Array.isArray(parsed)) return parsed as OutboxItem[]
    } catch {
      // fall through: unreadable
    }
    // Never drop what was queued without a trace: keep the text aside, start over.
    await this.storage.set(`${this.key}.unreadable`, raw)
    await this.storage.set(this.key, '[]')
    return []
  }

  /** Called with the whole list after every change. Returns the unsubscribe. */
  subscribe(listener: (items: OutboxItem[]) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Writes the suggestion to storage (待发送) before any attempt to send it. */
  async enqueue(delegateCode: string, suggestion: SuggestionInput, session?: string): Promise<OutboxItem> {
    const now = this.now()
    const item: OutboxItem = {
      requestId: this.uuid(),
      delegateCode,
      ...(session ? { session } : {}),
      suggestion,
      state: '待发送',
      queuedAt: now,
      attempts: 0,
      nextAttemptAt: now,
    }
    await this.mutate((items) => [...items, item])
    return item
  }

  /**
   * Sends every 待发送 item that is due (all of them with `force`, e.g. when
   * the network comes back), then schedules the next retry. Concurrent calls
   * share one run so no request is sent twice at once.
   */
  flush(options: { force?: boolean } = {}): Promise<void> {
    if (!this.flushing) {
      this.flushing = this.run(options.force ?? false).finally(() => {
        this.flushing = null
      })
    }
    return this.flushing
  }

  /** Puts a 未送达 item back in the queue (after the sender fixed the cause). */
  async retry(requestId: string): Promise<void> {
    await this.change(requestId, (item) => {
      const { error: _error, ...rest } = item
      return { ...rest, state: '待发送', nextAttemptAt: this.now() }
    })
    await this.flush()
  }

  /** The sender discards an item on purpose; only 未送达 or 已提交 ones. */
  async remove(requestId: string): Promise<void> {
    await this.mutate((items) => items.filter((i) => i.requestId !== requestId || i.state === '待发送'))
  }

  /** Stops the retry timer (page unload, tests). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private async run(force: boolean): Promise<void> {
    this.stop()
    const due = (await this.items()).filter((i) => i.state === '待发送' && (force || i.nextAttemptAt <= this.now()))
    for (const item of due) await this.attempt(item)
    await this.schedule()
  }

  private async attempt(item: OutboxItem): Promise<void> {
    const session = this.sessionFor(item.delegateCode) ?? item.session
    const request: SubmitRequest = {
      action: 'submit',
      requestId: item.requestId,
      delegateCode: item.delegateCode,
      ...(session ? { session } : {}),
      suggestion: item.suggestion,
    }
    let response: TransportResponse | null = null
    try {
      response = await this.send(request)
    } catch {
      response = null // the network failed; try again later
    }
    await this.change(item.requestId, (current) => {
      if (response && (response.status === 200 || response.status === 201) && isReceipt(response.body)) {
        const { error: _error, ...rest } = current
        return { ...rest, state: '已提交', receipt: response.body, sentAt: this.now() }
      }
      if (response && response.status >= 400 && response.status < 500 && !isRetryable(response.status) && response.status !== 401) {
        return { ...current, state: '未送达', error: describeRefusal(response) }
      }
      const attempts = current.attempts + 1
      const { error: _error, ...rest } = current
      return {
        ...rest,
        // A 401 waits for a new sign-in; say so while it waits.
        ...(response?.status === 401 ? { error: describeRefusal(response) } : {}),
        attempts,
        nextAttemptAt: this.now() + backoffDelay(attempts, this.baseDelayMs, this.maxDelayMs),
      }
    })
  }

  private async schedule(): Promise<void> {
    const waiting = (await this.items()).filter((i) => i.state === '待发送')
    if (waiting.length === 0) return
    const next = Math.min(...waiting.map((i) => i.nextAttemptAt))
    this.timer = setTimeout(() => void this.flush(), Math.max(0, next - this.now()))
  }

  private change(requestId: string, update: (item: OutboxItem) => OutboxItem): Promise<void> {
    return this.mutate((items) => items.map((i) => (i.requestId === requestId ? update(i) : i)))
  }

  private mutate(step: (items: OutboxItem[]) => OutboxItem[]): Promise<void> {
    const run = this.writing.then(async () => this.save(step(await this.items())))
    this.writing = run.catch(() => undefined)
    return run
  }

  private async save(items: OutboxItem[]): Promise<void> {
    await this.storage.set(this.key, JSON.stringify(items))
    for (const listener of this.listeners) listener(items)
  }
}

function isReceipt(body: unknown): body is { id: string; receipt: string } {
  const b = body as Record<string, unknown> | null
  return typeof b === 'object' && b !== null && typeof b.id === 'string' && typeof b.receipt === 'string'
}

/** The server's refusal as one Chinese message (field messages joined). */
export function describeRefusal(response: TransportResponse): NonNullable<OutboxItem['error']> {
  const error = (response.body as { error?: { code?: unknown; fields?: unknown } } | null)?.error
  const code = typeof error?.code === 'string' ? error.code : response.status === 413 ? 'too_large' : 'refused'
  const fields =
    code === 'invalid' && typeof error?.fields === 'object' && error.fields !== null
      ? (error.fields as Record<string, string>)
      : undefined
  const message = fields
    ? Object.values(fields).join(';')
    : (MESSAGES[code] ?? `提交被拒绝(${response.status})`)
  return { status: response.status, code, message, ...(fields ? { fields } : {}) }
}

/**
 * An RFC 4122 v4 uuid. Where Web Crypto is missing (the WeChat mini-program),
 * Math.random suffices: the id must be unique, not secret.
 */
function randomUuid(): string {
  const bytes = new Uint8Array(16)
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes)
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
