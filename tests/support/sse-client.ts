/**
 * A minimal Server-Sent Events reader over node:http for tests and the bench:
 * it sees what a browser's EventSource hides (the heartbeat comments) and
 * records when each event arrived.
 */
import http from 'node:http'

export interface SseEvent {
  id?: string
  event: string
  data: string
  receivedAt: number
}

export interface SseClient {
  status: number
  headers: http.IncomingHttpHeaders
  events: SseEvent[]
  comments: string[]
  /** Resolves with the n-th event (1-based) once it has arrived. */
  event(n: number, timeoutMs?: number): Promise<SseEvent>
  /** Resolves once `count` comments have arrived. */
  comment(count: number, timeoutMs?: number): Promise<void>
  closed: Promise<void>
  close(): void
}

export function openSse(url: string, headers: Record<string, string> = {}, agent?: http.Agent): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { accept: 'text/event-stream', ...headers }, agent }, (response) => {
      const events: SseEvent[] = []
      const comments: string[] = []
      const waiters = new Set<() => void>()
      let buffer = ''
      let resolveClosed!: () => void
      const closed = new Promise<void>((done) => (resolveClosed = done))
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const fields: Record<string, string> = {}
          let hasData = false
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim())
            else {
              const colon = line.indexOf(':')
              const name = colon < 0 ? line : line.slice(0, colon)
              const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
              if (name === 'data') {
                fields.data = hasData ? `${fields.data}\n${value}` : value
                hasData = true
              } else fields[name] = value
            }
          }
          if (hasData) events.push({ id: fields.id, event: fields.event ?? 'message', data: fields.data!, receivedAt: performance.now() })
        }
        for (const wake of [...waiters]) wake()
      })
      response.on('close', () => {
        resolveClosed()
        for (const wake of [...waiters]) wake()
      })
      const waitFor = (ready: () => boolean, what: string, timeoutMs: number) =>
        new Promise<void>((done, fail) => {
          if (ready()) return done()
          const timer = setTimeout(() => {
            waiters.delete(check)
            fail(new Error(`timed out waiting for ${what}`))
          }, timeoutMs)
          const check = () => {
            if (!ready()) return
            clearTimeout(timer)
            waiters.delete(check)
            done()
          }
          waiters.add(check)
        })
      resolve({
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        comments,
        event: async (n, timeoutMs = 5_000) => {
          await waitFor(() => events.length >= n, `event ${n}`, timeoutMs)
          return events[n - 1]!
        },
        comment: (count, timeoutMs = 5_000) => waitFor(() => comments.length >= count, `${count} comments`, timeoutMs),
        closed,
        close: () => request.destroy(),
      })
    })
    request.on('error', reject)
  })
}
