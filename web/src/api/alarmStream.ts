import type { Alarm } from './alarms'
import { readToken } from './token'

export interface AlarmStreamHandlers {
  /** The stream is (again) live: reload what may have been missed while it was away. */
  onReady: () => void
  onAlarm: (alarm: Alarm) => void
  /** Connected or not, for a "live" indicator. */
  onLive?: (live: boolean) => void
}

/** One Server-Sent Event as the stream carries it. */
interface StreamEvent {
  name: string
  data: string
}

const RETRY_MIN_MS = 1_000
const RETRY_MAX_MS = 30_000

/**
 * Follows `/api/v1/alarms/stream` (Server-Sent Events) until the returned function is called. EventSource cannot
 * send our Authorization header, and a token in the URL would end up in logs; so the stream is read with fetch and
 * the same bearer token as every other call. The server ends each stream after a few minutes and this reconnects,
 * so a revoked session stops receiving; a lost connection is retried with a growing pause.
 */
export function openAlarmStream(handlers: AlarmStreamHandlers): () => void {
  const abort = new AbortController()
  let retry = RETRY_MIN_MS

  async function follow(): Promise<void> {
    while (!abort.signal.aborted) {
      const token = readToken()
      if (!token) return
      try {
        const response = await fetch('/api/v1/alarms/stream', {
          headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
          signal: abort.signal,
          cache: 'no-store',
        })
        // Signed out or no longer allowed: the rest of the page handles that; stop following.
        if (response.status === 401 || response.status === 403) return
        if (response.ok && response.body) {
          retry = RETRY_MIN_MS
          await read(response.body)
        }
      } catch {
        // Network trouble or abort: fall through to the pause, unless aborted.
      }
      handlers.onLive?.(false)
      if (abort.signal.aborted) return
      await new Promise((resolve) => setTimeout(resolve, retry))
      retry = Math.min(retry * 2, RETRY_MAX_MS)
    }
  }

  async function read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader()
    const decoder = new TextDecoder()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n')
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = parse(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        if (event) dispatch(event)
      }
    }
  }

  function dispatch(event: StreamEvent): void {
    if (event.name === 'ready') {
      handlers.onLive?.(true)
      handlers.onReady()
    } else if (event.name === 'alarm') {
      handlers.onAlarm(JSON.parse(event.data) as Alarm)
    }
  }

  void follow()
  return () => abort.abort()
}

/** An event block ("event: alarm\ndata: {…}"); comment-only blocks (heartbeats) answer null. */
function parse(block: string): StreamEvent | null {
  let name = 'message'
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim()
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''))
  }
  return data.length ? { name, data: data.join('\n') } : null
}
