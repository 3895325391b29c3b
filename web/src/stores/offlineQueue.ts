import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { ApiError, NETWORK_ERROR_STATUS } from '@/api/errors'
import { recordApi } from '@/api/records'
import type { RecordCreateRequest, TradeRecord } from '@/api/recordTypes'
import { useSessionStore } from './session'

/** A record typed while the network was down (脱机登记), kept in the browser until the server has it. */
export interface QueuedRecord {
  reference: string
  body: RecordCreateRequest
  savedAt: string
  /** WAITING: not yet sent; REFUSED: the server answered with errors, the clerk must correct it. */
  state: 'WAITING' | 'REFUSED'
  error?: string
}

const RETRY_MS = 15_000

/**
 * The offline queue of the record entry page. Records are kept in localStorage under the signed-in user, so a
 * reload or a closed tab loses nothing; they are sent in order when the browser is back online (and every few
 * seconds while any wait, since `online` events are not reliable), each with the reference it was typed with,
 * so a record whose answer was lost is recognised by the server rather than stored twice.
 */
export const useOfflineQueue = defineStore('offlineQueue', () => {
  const session = useSessionStore()
  const entries = ref<QueuedRecord[]>([])
  const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine)
  const sending = ref(false)
  /** Records of this page load that went out from the queue, newest first: the clerk sees them leave. */
  const sent = ref<TradeRecord[]>([])
  let timer: ReturnType<typeof setInterval> | undefined
  let loadedFor: string | null = null

  const storageKey = () => (session.me ? `zhian.offline-records.${session.me.username}` : null)
  const waiting = computed(() => entries.value.filter((e) => e.state === 'WAITING').length)

  function load(): void {
    const key = storageKey()
    if (key === loadedFor) return
    loadedFor = key
    try {
      entries.value = key ? (JSON.parse(localStorage.getItem(key) ?? '[]') as QueuedRecord[]) : []
    } catch {
      entries.value = []
    }
  }

  function save(): void {
    const key = storageKey()
    if (!key) return
    if (entries.value.length) localStorage.setItem(key, JSON.stringify(entries.value))
    else localStorage.removeItem(key)
  }

  function add(body: RecordCreateRequest): void {
    load()
    if (entries.value.some((e) => e.reference === body.reference)) return
    entries.value.push({ reference: body.reference, body, savedAt: new Date().toISOString(), state: 'WAITING' })
    save()
    schedule()
  }

  /** Takes a record out of the queue (to correct it in the form, or because the clerk discards it). */
  function remove(reference: string): QueuedRecord | undefined {
    const found = entries.value.find((e) => e.reference === reference)
    entries.value = entries.value.filter((e) => e.reference !== reference)
    save()
    return found
  }

  /** Sends what waits, oldest first; stops at the first network failure and tries again later. */
  async function flush(): Promise<void> {
    load()
    if (sending.value || !entries.value.some((e) => e.state === 'WAITING')) return
    sending.value = true
    try {
      for (const entry of [...entries.value]) {
        if (entry.state !== 'WAITING') continue
        try {
          const record = await recordApi.create(entry.body)
          online.value = true
          sent.value = [record, ...sent.value].slice(0, 20)
          remove(entry.reference)
        } catch (e) {
          if (e instanceof ApiError && e.status !== NETWORK_ERROR_STATUS && e.status < 500) {
            entry.state = 'REFUSED'
            entry.error = e.code ? `${e.detail} (${e.code})` : e.detail
            save()
            continue
          }
          online.value = false
          return
        }
      }
    } finally {
      sending.value = false
      schedule()
    }
  }

  function schedule(): void {
    if (waiting.value && !timer) timer = setInterval(() => void flush(), RETRY_MS)
    if (!waiting.value && timer) {
      clearInterval(timer)
      timer = undefined
    }
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => {
      online.value = true
      void flush()
    })
    window.addEventListener('offline', () => (online.value = false))
  }
  watch(() => session.me?.username, () => {
    load()
    schedule()
  })

  return { entries, waiting, online, sending, sent, load, add, remove, flush }
})
