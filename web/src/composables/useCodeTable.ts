import { reactive, shallowRef, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { referenceApi } from '@/api/reference'
import type { CodeEntry } from '@/api/types'
import { notifyError } from '@/utils/notify'

// Code tables change a few times a year: one fetch per table per page load serves every form.
const cache = new Map<string, Promise<CodeEntry[]>>()

/** The current (not retired) entries of a code table, fetched once and shared. */
export function loadCodeTable(table: string): Promise<CodeEntry[]> {
  let entries = cache.get(table)
  if (!entries) {
    entries = referenceApi.table(table, { includeRetired: false }).then((t) => t.entries)
    // A failed fetch is not remembered: the next form to ask tries again.
    entries.catch(() => cache.delete(table))
    cache.set(table, entries)
  }
  return entries
}

/** A code table as a ref that fills in when it arrives. */
export function useCodeTable(table: string): ShallowRef<CodeEntry[]> {
  const entries = shallowRef<CodeEntry[]>([])
  loadCodeTable(table).then(
    (loaded) => (entries.value = loaded),
    (e) => notifyError(e),
  )
  return entries
}

/** An entry's name in the UI language (English names exist for most tables, not for regions). */
export function useCodeName() {
  const { locale } = useI18n()
  return (entry: CodeEntry): string => (locale.value === 'en' && entry.nameEn ? entry.nameEn : entry.name)
}

// code → entry per table, filled as tables arrive; reactive so names appear once their table has loaded.
const indexes = reactive(new Map<string, Map<string, CodeEntry>>())

/** Names of codes in any table, for showing stored values (a record's sex, nationality, region…). */
export function useCodeNames() {
  const codeName = useCodeName()
  return (table: string, code: string | null | undefined): string => {
    if (!code) return ''
    if (!indexes.has(table)) {
      indexes.set(table, new Map())
      loadCodeTable(table).then(
        (entries) => indexes.set(table, new Map(entries.map((e) => [e.code, e]))),
        () => indexes.delete(table),
      )
    }
    const entry = indexes.get(table)?.get(code)
    return entry ? codeName(entry) : code
  }
}
