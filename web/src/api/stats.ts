import { download, request } from './http'

/** The dimensions a cross-tab groups by (GET /api/v1/stats/records?groupBy=…). */
export const STATS_DIMENSIONS = ['district', 'station', 'venue', 'trade', 'kind', 'day', 'week', 'month', 'quarter', 'year', 'category', 'sex', 'ageBand', 'region'] as const
export type StatsDimension = (typeof STATS_DIMENSIONS)[number]

export interface StatsKey {
  code: string
  name: string
}

export interface CrossTabRow {
  keys: Record<string, StatsKey>
  records: number
  parties: number
}

export interface CrossTab {
  groupBy: StatsDimension[]
  from: string
  to: string
  rows: CrossTabRow[]
  totals: { records: number; parties: number }
}

export interface CrossTabQuery {
  groupBy: string
  from: string
  to: string
  unitId?: number | null
  trade?: string
}

export interface HotelReportLine {
  district: { code: string | null; name: string }
  venues: { active: number; suspended: number; cancelled: number; pending: number; total: number }
  guests: { domestic: number; hkMacaoTaiwan: number; foreign: number; other: number; total: number }
  records: number
  reportingVenues: number
  reportingDays: number
  expectedDays: number
  reportingRate: number | null
}

export interface HotelReport {
  firstDay: string
  lastDay: string
  days: number
  rows: HotelReportLine[]
  total: HotelReportLine
}

export const statsApi = {
  crossTab: (query: CrossTabQuery) => request<CrossTab>('/api/v1/stats/records', { query }),
  exportCrossTab: (query: CrossTabQuery) => download('/api/v1/stats/records/export', query),
  hotelReport: (month: string) => request<HotelReport>('/api/v1/stats/hotel-report', { query: { month } }),
  exportHotelReport: (month: string) => download('/api/v1/stats/hotel-report/export', { month }),
}
