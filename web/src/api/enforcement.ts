// 处罚 and 发案: penalties and cases of the supervision module. docs/api.md is the contract.
import { download, request } from './http'
import type { Page, PageRequest } from './types'

export interface UnitRef {
  id: number
  code: string
  name: string
}

export interface VenueRef {
  id: number
  code: string
  name: string
  trades: string[]
}

export type PenaltySubject = 'VENUE' | 'PERSON'

export interface Penalty {
  id: number
  decisionNumber: string
  subjectKind: PenaltySubject
  venue: VenueRef | null
  person: { documentType: string; documentNumber: string; name: string } | null
  /** penalty-type code */
  penaltyType: string
  legalBasis: string
  reason: string
  decidedOn: string
  amount: number | null
  decidingUnit: UnitRef
  jurisdiction: UnitRef
  district: UnitRef | null
  recordedUnit: UnitRef
  recorderName: string
  recordedAt: string
  updatedAt: string
  editable: boolean
}

export interface PenaltyForm {
  subjectKind: PenaltySubject
  venueId: number | null
  personDocumentType: string | null
  personDocumentNumber: string | null
  personName: string | null
  penaltyType: string
  legalBasis: string
  reason: string
  decidedOn: string
  decisionNumber: string
  amount: number | null
  decidingUnitId: number | null
}

export interface PenaltyFilter {
  from?: string
  to?: string
  penaltyType?: string
  subjectKind?: PenaltySubject | ''
  unitId?: number | null
  venueId?: number | null
  person?: string
}

export type StatsPeriod = 'MONTH' | 'QUARTER' | 'YEAR'
export type StatsGrouping = 'TYPE' | 'DISTRICT'

export interface PenaltyStatsRow {
  period: string
  code: string
  name: string
  count: number
  amount: number
}

export interface PenaltyStats {
  from: string
  to: string
  period: StatsPeriod
  groupBy: StatsGrouping
  rows: PenaltyStatsRow[]
  count: number
  amount: number
}

export interface CaseReport {
  id: number
  venue: VenueRef
  criminalType: string | null
  publicOrderType: string | null
  occurredOn: string
  summary: string
  penalised: boolean
  handling: string | null
  owningUnit: UnitRef | null
  station: UnitRef
  registeredUnit: UnitRef
  registrantName: string
  registeredAt: string
  updatedAt: string
  revision: number
  uploaded: boolean
  uploadedAt: string | null
  deletedAt: string | null
  editable: boolean
}

export interface CaseForm {
  venueId: number | null
  criminalType: string | null
  publicOrderType: string | null
  occurredOn: string
  summary: string
  penalised: boolean
  handling: string | null
}

export interface CaseFilter {
  unitId?: number | null
  venueId?: number | null
  venue?: string
  caseType?: string
  from?: string
  to?: string
  uploaded?: boolean | null
}

export const penaltyApi = {
  list: (query: PenaltyFilter & PageRequest) => request<Page<Penalty>>('/api/v1/penalties', { query }),
  get: (id: number) => request<Penalty>(`/api/v1/penalties/${id}`),
  add: (body: PenaltyForm) => request<Penalty>('/api/v1/penalties', { method: 'POST', body }),
  edit: (id: number, body: PenaltyForm) => request<Penalty>(`/api/v1/penalties/${id}`, { method: 'PUT', body }),
  remove: (id: number) => request<void>(`/api/v1/penalties/${id}`, { method: 'DELETE' }),
  exportXlsx: (query: PenaltyFilter) => download('/api/v1/penalties/export', query),
  statistics: (query: { from: string; to: string; period: StatsPeriod; groupBy: StatsGrouping }) =>
    request<PenaltyStats>('/api/v1/penalties/statistics', { query }),
}

export const caseApi = {
  list: (query: CaseFilter & PageRequest) => request<Page<CaseReport>>('/api/v1/cases', { query }),
  add: (body: CaseForm) => request<CaseReport>('/api/v1/cases', { method: 'POST', body }),
  edit: (id: number, body: CaseForm) => request<CaseReport>(`/api/v1/cases/${id}`, { method: 'PUT', body }),
  remove: (id: number) => request<void>(`/api/v1/cases/${id}`, { method: 'DELETE' }),
}
