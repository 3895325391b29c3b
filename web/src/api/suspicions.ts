// 可疑情况上报: venues report, police of their station acknowledge (签收). docs/api.md is the contract.
import { request } from './http'
import type { Page, PageRequest } from './types'

export interface SuspicionReport {
  id: number
  venue: { id: number; code: string; name: string; stationName: string }
  /** suspicion-category code: PERSON, VEHICLE, ITEM, SITUATION */
  category: string
  subject: string | null
  description: string
  recordId: number | null
  photoIds: number[]
  reportedAt: string
  reporterName: string
  acknowledgedAt: string | null
  acknowledgedByName: string | null
  note: string | null
}

export interface NewSuspicion {
  category: string
  subject?: string | null
  description: string
  recordId?: number | null
  photoIds: number[]
}

export const suspicionApi = {
  report: (body: NewSuspicion) => request<SuspicionReport>('/api/v1/suspicions', { method: 'POST', body }),
  list: (query: { open?: boolean; category?: string } & PageRequest) => request<Page<SuspicionReport>>('/api/v1/suspicions', { query }),
  acknowledge: (id: number, note?: string) =>
    request<SuspicionReport>(`/api/v1/suspicions/${id}/acknowledge`, { method: 'POST', body: { note: note ?? null } }),
}
