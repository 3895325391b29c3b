// 一所一档: one police station's supervision on one page. docs/api.md is the contract.
import { request } from './http'
import type { AlarmKind, AlarmLevel, AlarmStatus } from './alarms'
import type { Unit } from './types'

interface VenueRef {
  id: number
  code: string | null
  name: string
  trades: string[]
}

export interface VenueStanding {
  venue: VenueRef
  grade: string | null
  score: number | null
  lastInspectionId: number | null
  lastInspectedAt: string | null
  nextDue: string | null
  overdue: boolean
}

export interface OpenRectification {
  id: number
  venue: VenueRef
  items: string[]
  deadline: string
  status: 'OPEN' | 'ANSWERED'
  overdueAt: string | null
}

export interface AlarmLine {
  id: number
  kind: AlarmKind
  level: AlarmLevel
  status: AlarmStatus
  venueName: string | null
  summary: string
  raisedAt: string
  escalated: boolean
}

export interface PenaltyLine {
  id: number
  decisionNumber: string
  venue: { name: string } | null
  person: { name: string } | null
  penaltyType: string
  decidedOn: string
  amount: number | null
}

export interface CaseLine {
  id: number
  venue: { name: string }
  criminalType: string | null
  publicOrderType: string | null
  occurredOn: string
  summary: string
  penalised: boolean
}

export interface StationArchive {
  station: Unit
  venueCount: number
  /** Venues by grade; "-" for those never inspected. */
  grades: Record<string, number>
  venues: VenueStanding[]
  overdueInspections: VenueStanding[]
  openRectifications: OpenRectification[]
  alarms: { open: number; escalated: number; lines: AlarmLine[] }
  enforcement: { penalties: number; cases: number; recentPenalties: PenaltyLine[]; recentCases: CaseLine[] }
}

export const archiveApi = {
  of: (stationUnitId: number) => request<StationArchive>(`/api/v1/station-archive/${stationUnitId}`),
}
