import { download, request } from './http'
import type { Page, PageRequest } from './types'
import type { TradeRecord } from './recordTypes'

export type AlarmKind = 'WATCH_HIT' | 'IDENTITY' | 'HIGH_RISK_REGION' | 'FREQUENCY' | 'PANIC'
export type AlarmLevel = 'URGENT' | 'HIGH' | 'MEDIUM' | 'LOW'
export type AlarmStatus = 'RAISED' | 'SIGNED' | 'HANDLED' | 'FEEDBACK' | 'CLOSED'
export type AlarmReview = 'PUBLISHED' | 'PENDING' | 'SUPPRESSED'

export const ALARM_KINDS: AlarmKind[] = ['WATCH_HIT', 'IDENTITY', 'HIGH_RISK_REGION', 'FREQUENCY', 'PANIC']
export const ALARM_LEVELS: AlarmLevel[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW']
export const ALARM_STATUSES: AlarmStatus[] = ['RAISED', 'SIGNED', 'HANDLED', 'FEEDBACK', 'CLOSED']

export interface Ref {
  id: number
  name: string
}

export interface Alarm {
  id: number
  kind: AlarmKind
  level: AlarmLevel
  status: AlarmStatus
  review: AlarmReview
  venue: Ref | null
  recordId: number | null
  recordOccurredAt: string | null
  subjectType: string | null
  documentType: string | null
  documentNumber: string | null
  name: string | null
  subjectValue: string | null
  watchEntryId: number | null
  category: string | null
  owningUnit: Ref | null
  unit: Ref | null
  officer: Ref | null
  retrospective: boolean
  summary: string
  raisedAt: string
  publishedAt: string | null
  signedAt: string | null
  handledAt: string | null
  feedbackAt: string | null
  closedAt: string | null
  escalated: boolean
  escalatedAt: string | null
  escalatedUnit: Ref | null
  handlingAction: string | null
  outcome: string | null
  outcomeNote: string | null
}

export interface AlarmAction {
  action: string
  fromStatus: AlarmStatus | null
  toStatus: AlarmStatus
  actorId: number | null
  actorName: string
  actedAt: string
  detail: string | null
}

/** Where to go and whom to call; only for readers who see personal data in full. */
export interface VenueContacts {
  address: string | null
  stationName: string
  legalRepName: string | null
  legalRepPhone: string | null
  securityOfficerName: string | null
  securityOfficerPhone: string | null
}

export interface AlarmDetail {
  alarm: Alarm
  actions: AlarmAction[]
  record: TradeRecord | null
  contacts: VenueContacts | null
}

export interface AlarmFilter {
  documentNumber?: string
  kind?: AlarmKind | ''
  status?: AlarmStatus | ''
  level?: AlarmLevel | ''
  review?: AlarmReview | ''
  escalated?: boolean | ''
  from?: string
  to?: string
}

export interface Outcome {
  code: string
  nameZh: string
  nameEn: string
}

export interface Timing {
  medianSignMinutes: number | null
  avgSignMinutes: number | null
  medianCloseMinutes: number | null
  avgCloseMinutes: number | null
}

export interface UnitMonth {
  month: string
  unitId: number | null
  unitName: string | null
  raised: number
  signed: number
  handled: number
  answered: number
  closed: number
  escalated: number
  timing: Timing
}

export interface Count {
  month: string | null
  key: string
  count: number
}

export interface AlarmReport {
  from: string
  to: string
  rows: UnitMonth[]
  categories: Count[]
  outcomes: Count[]
  overall: Timing
}

export interface DutyOfficer {
  unitId: number
  unitName: string
  officerName: string
  phone: string
}

export interface Sms {
  id: number
  alarmId: number | null
  unitId: number | null
  unitName: string | null
  recipient: string | null
  phone: string | null
  message: string
  createdAt: string
}

export interface ReviewRule {
  kind: AlarmKind
  category: string
}

const base = '/api/v1/alarms'

export const alarmApi = {
  list: (filter: AlarmFilter & Partial<PageRequest>) => request<Page<Alarm>>(base, { query: filter }),
  get: (id: number) => request<AlarmDetail>(`${base}/${id}`),
  outcomes: () => request<Outcome[]>(`${base}/outcomes`),
  sign: (id: number) => request<Alarm>(`${base}/${id}/sign`, { method: 'POST', body: {} }),
  handle: (id: number, action: string) => request<Alarm>(`${base}/${id}/handle`, { method: 'POST', body: { action } }),
  feedback: (id: number, outcome: string, note: string) => request<Alarm>(`${base}/${id}/feedback`, { method: 'POST', body: { outcome, note } }),
  close: (id: number) => request<Alarm>(`${base}/${id}/close`, { method: 'POST', body: {} }),
  reassign: (id: number, unitId: number, officerId: number | null, reason: string) =>
    request<Alarm>(`${base}/${id}/reassign`, { method: 'POST', body: { unitId, officerId, reason } }),
  release: (id: number) => request<Alarm>(`${base}/${id}/release`, { method: 'POST', body: {} }),
  suppress: (id: number, reason: string) => request<Alarm>(`${base}/${id}/suppress`, { method: 'POST', body: { reason } }),
  report: (from: string, to: string, unitId?: number | null) => request<AlarmReport>(`${base}/reports/monthly`, { query: { from, to, unitId } }),
  exportReport: (from: string, to: string, unitId?: number | null) => download(`${base}/reports/monthly/export`, { from, to, unitId }),
  dutyOfficers: () => request<DutyOfficer[]>(`${base}/duty-officers`),
  setDutyOfficer: (unitId: number, officerName: string, phone: string) =>
    request<DutyOfficer>(`${base}/duty-officers/${unitId}`, { method: 'PUT', body: { officerName, phone } }),
  smsOutbox: (paging: PageRequest) => request<Page<Sms>>(`${base}/sms-outbox`, { query: paging }),
  reviewRules: () => request<ReviewRule[]>(`${base}/review-rules`),
  setReviewRules: (rules: ReviewRule[]) => request<ReviewRule[]>(`${base}/review-rules`, { method: 'PUT', body: rules }),
}
