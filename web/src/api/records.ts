import { download, request } from './http'
import type { PageRequest, Page } from './types'
import type {
  Attributes,
  DraftCreateRequest,
  RecordCreateRequest,
  RecordDraft,
  RecordQuery,
  RegularGuest,
  TradeRecord,
} from './recordTypes'

export const recordApi = {
  create: (body: RecordCreateRequest) => request<TradeRecord>('/api/v1/records', { method: 'POST', body }),
  list: (query: RecordQuery & PageRequest) => request<Page<TradeRecord>>('/api/v1/records', { query }),
  get: (id: number) => request<TradeRecord>(`/api/v1/records/${id}`),
  /** Ends a stay (退房) now, or at `endedAt` (ISO-8601 with offset). */
  end: (id: number, endedAt?: string) =>
    request<TradeRecord>(`/api/v1/records/${id}/end`, { method: 'POST', body: endedAt ? { endedAt } : {} }),
  /** Changes some attributes (换房: `{room}`), keeping the others. */
  patchAttributes: (id: number, attributes: Attributes) =>
    request<TradeRecord>(`/api/v1/records/${id}/attributes`, { method: 'PATCH', body: { attributes } }),
  regulars: (q: string) => request<RegularGuest[]>('/api/v1/records/regulars', { query: { q } }),
  /** What the list's filters find, as an Excel workbook. */
  exportXlsx: (query: RecordQuery) => download('/api/v1/records/export', query),
}

export const draftApi = {
  list: () => request<RecordDraft[] | Page<RecordDraft>>('/api/v1/records/drafts').then(itemsOf),
  create: (body: DraftCreateRequest) => request<RecordDraft>('/api/v1/records/drafts', { method: 'POST', body }),
  discard: (id: number) => request<void>(`/api/v1/records/drafts/${id}`, { method: 'DELETE' }),
}

/** The drafts list is small and may come bare or paged; the desk wants the array either way. */
function itemsOf<T>(answer: T[] | Page<T>): T[] {
  return Array.isArray(answer) ? answer : answer.items
}
