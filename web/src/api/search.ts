import { download, request } from './http'
import type { Page, PageRequest } from './types'

/** One appearance of a person in a record (search result, trajectory entry). */
export interface PartyHit {
  recordId: number
  position: number
  trade: string
  kind: string
  occurredAt: string
  endedAt: string | null
  role: string
  name: string
  latinName: string | null
  documentType: string
  documentNumber: string
  sex: string | null
  birthDate: string | null
  nationality: string | null
  regionCode: string | null
  phone: string | null
  venue: { id: number; code: string; name: string }
  stationName: string | null
  attributes: Record<string, unknown>
}

export interface PartySearchQuery {
  documentNumber?: string
  name?: string
  nameMatch?: 'EXACT' | 'FUZZY' | 'HOMOPHONE'
  fuzzySound?: boolean | ''
  sex?: string
  birthFrom?: string
  birthTo?: string
  nationality?: string
  regionCode?: string
  unitId?: number | null
  venueId?: number | null
  trade?: string
  from?: string
  to?: string
}

export interface PersonRef {
  documentType?: string
  documentNumber?: string
  recordId?: number
  position?: number
}

export interface Companion {
  documentType: string
  documentNumber: string
  name: string
  times: number
  lastSeenAt: string
}

export interface Trajectory {
  person: { name: string; documentType: string; documentNumber: string; appearances: number; firstSeenAt: string; lastSeenAt: string } | null
  items: PartyHit[]
}

export const searchApi = {
  parties: (query: PartySearchQuery & PageRequest) => request<Page<PartyHit>>('/api/v1/search/parties', { query }),
  exportParties: (query: PartySearchQuery) => download('/api/v1/search/parties/export', query),
  trajectory: (person: PersonRef) => request<Trajectory>('/api/v1/search/trajectory', { query: person }),
  companions: (person: PersonRef & { windowMinutes?: number }) =>
    request<{ windowMinutes: number; sameRecord: Companion[]; sameVenue: Companion[] }>('/api/v1/search/companions', { query: person }),
}
