import { request } from './http'
import type {
  ChangeRequest,
  Page,
  PageRequest,
  ReviewQueue,
  SignUpCode,
  SignUpRequest,
  SignUpStation,
  StaffForm,
  StaffMember,
  StaffQuery,
  Venue,
  VenueDetail,
  VenueFiling,
  VenueHistoryEntry,
  VenueQuery,
} from './types'

const venue = (id: number) => `/api/v1/venues/${id}`

export const venueApi = {
  list: (query: PageRequest & VenueQuery) => request<Page<Venue>>('/api/v1/venues', { query }),
  get: (id: number) => request<VenueDetail>(venue(id)),
  enter: (body: VenueFiling) => request<VenueDetail>('/api/v1/venues', { method: 'POST', body }),
  edit: (id: number, body: VenueFiling) => request<VenueDetail>(venue(id), { method: 'PUT', body }),
  approve: (id: number, responsibleOfficerId?: number | null) =>
    request<VenueDetail>(`${venue(id)}/approve`, { method: 'POST', body: { responsibleOfficerId: responsibleOfficerId ?? null } }),
  reject: (id: number, reason: string) => request<VenueDetail>(`${venue(id)}/reject`, { method: 'POST', body: { reason } }),
  suspend: (id: number, reason: string) => request<VenueDetail>(`${venue(id)}/suspend`, { method: 'POST', body: { reason } }),
  reopen: (id: number, reason: string) => request<VenueDetail>(`${venue(id)}/reopen`, { method: 'POST', body: { reason } }),
  cancel: (id: number, reason: string) => request<VenueDetail>(`${venue(id)}/cancel`, { method: 'POST', body: { reason } }),
  history: (id: number) => request<VenueHistoryEntry[]>(`${venue(id)}/history`),
  changeRequests: (id: number) => request<ChangeRequest[]>(`${venue(id)}/change-requests`),
  requestChange: (id: number, body: { venue: VenueFiling; reason: string }) =>
    request<ChangeRequest>(`${venue(id)}/change-requests`, { method: 'POST', body }),
  reviews: () => request<ReviewQueue>('/api/v1/venue-reviews'),
  approveChange: (id: number, reason?: string) =>
    request<ChangeRequest>(`/api/v1/venue-change-requests/${id}/approve`, { method: 'POST', body: { reason: reason ?? null } }),
  rejectChange: (id: number, reason: string) =>
    request<ChangeRequest>(`/api/v1/venue-change-requests/${id}/reject`, { method: 'POST', body: { reason } }),
}

export const staffApi = {
  ofVenue: (venueId: number, query: PageRequest & { current?: boolean | '' }) =>
    request<Page<StaffMember>>(`${venue(venueId)}/staff`, { query }),
  register: (venueId: number, body: StaffForm) => request<StaffMember>(`${venue(venueId)}/staff`, { method: 'POST', body }),
  update: (venueId: number, id: number, body: StaffForm) =>
    request<StaffMember>(`${venue(venueId)}/staff/${id}`, { method: 'PUT', body }),
  search: (query: PageRequest & StaffQuery) => request<Page<StaffMember>>('/api/v1/staff', { query }),
}

/** Public: no sign-in needed. */
export const signUpApi = {
  stations: () => request<SignUpStation[]>('/api/v1/signup/stations'),
  codes: (table: 'trade' | 'economic-type' | 'document-type' | 'region', q?: string) =>
    request<SignUpCode[]>(`/api/v1/signup/codes/${table}`, { query: { q } }),
  register: (body: SignUpRequest) =>
    request<{ venueId: number; userId: number; username: string; status: string }>('/api/v1/signup', { method: 'POST', body }),
}

/** An empty filing for a new form. */
export function emptyFiling(): VenueFiling {
  return {
    name: '',
    licenceNumber: '',
    trades: [],
    regionCode: '',
    address: '',
    stationUnitId: null,
    responsibleOfficerId: null,
    legalRepName: '',
    legalRepDocumentType: '111',
    legalRepDocumentNumber: '',
    legalRepPhone: '',
    securityOfficerName: '',
    securityOfficerPhone: '',
    economicType: null,
    openedOn: null,
  }
}

/** Fields that change only through a reviewed change request once the venue is approved (docs/venues.md). */
export const KEY_FIELDS: (keyof VenueFiling)[] = [
  'name',
  'licenceNumber',
  'trades',
  'regionCode',
  'address',
  'legalRepName',
  'legalRepDocumentType',
  'legalRepDocumentNumber',
  'legalRepPhone',
]
