import { download, request } from './http'
import type { Page, PageRequest } from './types'

export type ComplianceProblem = 'NO_UPLOAD' | 'BELOW_MINIMUM' | 'DELAYED'

export interface ComplianceFilter {
  day?: string
  problem?: ComplianceProblem | ''
  unitId?: number | null
  trade?: string
}

/** One venue on one evaluated day (GET /api/v1/compliance/venues). */
export interface VenueDay {
  day: string
  venueId: number
  venueCode: string | null
  venueName: string
  trades: string[]
  stationUnitId: number
  stationName: string
  records: number
  minimum: number
  belowMinimum: boolean
  noUpload: boolean
  daysWithoutUpload: number
  delayed: number
  lastOccurredAt: string | null
  lastUploadAt: string | null
  lastReminderAt: string | null
  lastReminderReadAt: string | null
}

/** One venue's totals over a period (GET /api/v1/compliance/period). */
export interface VenuePeriod {
  venueId: number
  venueCode: string | null
  venueName: string
  trades: string[]
  stationUnitId: number
  stationName: string
  evaluatedDays: number
  noUploadDays: number
  belowMinimumDays: number
  delayedDays: number
  longestSilence: number
  records: number
  delayedRecords: number
  lastUploadAt: string | null
}

export interface PeriodFilter extends Omit<ComplianceFilter, 'day'> {
  from: string
  to: string
}

export interface DayTrend {
  day: string
  venues: number
  noUpload: number
  belowMinimum: number
  delayed: number
  records: number
  delayedRecords: number
}

export interface DaySummary {
  day: string
  evaluatedAt: string | null
  venues: number
  normal: number
  belowMinimum: number
  noUpload: number
  delayed: number
  records: number
  delayedRecords: number
}

export interface MinimumSetting {
  venueId: number
  tradeDefault: number
  override: number | null
  effective: number
  setBy: string | null
  setAt: string | null
}

export interface Reminder {
  id: number
  venueId: number
  venueName: string
  message: string
  sentBy: string
  sentAt: string
  readBy: string | null
  readAt: string | null
}

const base = '/api/v1/compliance'

export const complianceApi = {
  venues: (query: PageRequest & ComplianceFilter) => request<Page<VenueDay>>(`${base}/venues`, { query }),
  exportVenues: (query: ComplianceFilter) => download(`${base}/venues/export`, query),
  period: (query: PageRequest & PeriodFilter) => request<Page<VenuePeriod>>(`${base}/period`, { query }),
  exportPeriod: (query: PeriodFilter) => download(`${base}/period/export`, query),
  trend: (from: string, to: string) => request<DayTrend[]>(`${base}/trend`, { query: { from, to } }),
  exportTrend: (from: string, to: string) => download(`${base}/trend/export`, { from, to }),
  summary: (day: string) => request<DaySummary>(`${base}/summary`, { query: { day } }),
  minimum: (venueId: number) => request<MinimumSetting>(`${base}/venues/${venueId}/minimum`),
  setMinimum: (venueId: number, minimum: number | null) =>
    request<MinimumSetting>(`${base}/venues/${venueId}/minimum`, { method: 'PUT', body: { minimum } }),
  remind: (venueId: number, message: string) => request<Reminder>(`${base}/reminders`, { method: 'POST', body: { venueId, message } }),
  reminders: (venueId: number) => request<Reminder[]>(`${base}/reminders`, { query: { venueId } }),
  myReminders: () => request<Reminder[]>(`${base}/reminders/mine`),
  acknowledge: (id: number) => request<Reminder>(`${base}/reminders/${id}/ack`, { method: 'POST' }),
}
