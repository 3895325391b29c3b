import { download, request } from './http'
import type { Page, PageRequest } from './types'

export type TargetType = 'PERSON' | 'VEHICLE' | 'ITEM' | 'PHONE'
export type EntryStatus = 'PENDING' | 'ACTIVE' | 'WITHDRAWN' | 'EXPIRED'
export type ImportStatus = 'RECEIVED' | 'RUNNING' | 'DONE' | 'FAILED'

/** A watch entry (布控) as GET /api/v1/watch/entries shows it. */
export interface WatchEntry {
  id: number
  targetType: TargetType
  documentType: string | null
  documentNumber: string | null
  name: string | null
  birthDate: string | null
  plate: string | null
  vin: string | null
  imei: string | null
  serialNumber: string | null
  itemCategory: string | null
  description: string | null
  phone: string | null
  category: string
  categoryName: string
  reason: string | null
  source: string | null
  owningUnitId: number
  owningUnitName: string
  cityWide: boolean
  status: EntryStatus
  listId: number | null
  listName: string | null
  validFrom: string | null
  validTo: string | null
  createdAt: string
  createdBy: string
  approvedAt: string | null
  approvedBy: string | null
  withdrawnAt: string | null
  withdrawnBy: string | null
  withdrawalUnit: string | null
  withdrawalApprover: string | null
  withdrawalReason: string | null
}

/** What the create form sends; empty strings are left out by the form before sending. */
export interface WatchEntryRequest {
  targetType: TargetType
  documentType?: string
  documentNumber?: string
  name?: string
  birthDate?: string
  plate?: string
  vin?: string
  imei?: string
  serialNumber?: string
  itemCategory?: string
  description?: string
  phone?: string
  category: string
  reason?: string
  source?: string
  cityWide?: boolean
  validTo?: string | null
}

export interface WatchEntryFilter {
  status?: EntryStatus | ''
  category?: string
  targetType?: TargetType | ''
  q?: string
  listId?: number | null
}

export interface Withdrawal {
  approvingUnit: string
  approver: string
  reason: string
}

/** One version of an imported list and its progress (GET /api/v1/watch/imports). */
export interface ListImport {
  id: number
  listId: number
  listName: string
  version: number
  fileName: string
  status: ImportStatus
  rowsRead: number
  rowsLoaded: number
  rowsRefused: number
  message: string | null
  createdAt: string
  finishedAt: string | null
}

const base = '/api/v1/watch'

export const watchApi = {
  entries: (query: PageRequest & WatchEntryFilter) => request<Page<WatchEntry>>(`${base}/entries`, { query }),
  create: (entry: WatchEntryRequest) => request<WatchEntry>(`${base}/entries`, { method: 'POST', body: entry }),
  approve: (id: number) => request<WatchEntry>(`${base}/entries/${id}/approve`, { method: 'POST' }),
  withdraw: (id: number, withdrawal: Withdrawal) =>
    request<WatchEntry>(`${base}/entries/${id}/withdraw`, { method: 'POST', body: withdrawal }),
  imports: () => request<ListImport[]>(`${base}/imports`),
  importOne: (id: number) => request<ListImport>(`${base}/imports/${id}`),
  startImport: (listName: string, category: string, file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return request<ListImport>(`${base}/imports`, { method: 'POST', query: { listName, category }, body: form })
  },
  errorReport: (id: number) => download(`${base}/imports/${id}/errors`),
}
