// Shapes of the record API (业务记录), its drafts (临存), uploaded files and venue API keys; docs/api.md is the contract.
import type { VenueRef } from './types'

export type RecordStatus = 'OPEN' | 'ENDED'

/** Free-form, profile-validated values: `room`, `groupId`… on the record; `visaType`, `groupLeader`… on a party. */
export type Attributes = Record<string, string | number | boolean | null | undefined>

/** A person on a record: a hotel guest, a pawner… Fields absent for the party's kind are left out or null. */
export interface Party {
  role: string
  documentType: string
  documentNumber: string
  name: string
  latinSurname?: string | null
  latinGivenName?: string | null
  /** GB/T 2261.1: 1 male, 2 female */
  sex?: string | null
  /** ISO date */
  birthDate?: string | null
  /** GB 3304 */
  ethnicity?: string | null
  /** GB/T 2659 alpha-3 */
  nationality?: string | null
  /** GB/T 2260 */
  regionCode?: string | null
  address?: string | null
  phone?: string | null
  documentPhotoId?: number | null
  facePhotoId?: number | null
  attributes?: Attributes
}

/** A vehicle on a record: plate and VIN as typed (the server normalises them), the role's other fields. */
export interface Vehicle {
  role: string
  plate?: string | null
  vin?: string | null
  attributes?: Attributes
}

/** An item on a record: category code, IMEI or serial where the role collects them, description, other fields. */
export interface Item {
  role: string
  category?: string | null
  imei?: string | null
  serialNumber?: string | null
  description?: string | null
  attributes?: Attributes
}

export interface RecordCreateRequest {
  trade: string
  kind: string
  /** The client's id of the record; the same venue sending it again gets the stored record back (idempotency). */
  reference: string
  /** ISO-8601 with offset; the server's time when absent */
  occurredAt?: string
  /** The 临存 draft this record completes (and closes). */
  draftId?: number | null
  attributes: Attributes
  parties: Party[]
  vehicles?: Vehicle[]
  items?: Item[]
}

export interface TradeRecord {
  id: number
  trade: string
  kind: string
  reference: string | null
  venue: VenueRef
  occurredAt: string
  endedAt: string | null
  receivedAt: string
  source: string
  status: RecordStatus
  /** Who registered it: the clerk's name, or the venue system's key. */
  operatorName?: string | null
  attributes: Attributes
  parties: Party[]
  vehicles?: Vehicle[]
  items?: Item[]
}

export interface RecordQuery {
  trade?: string
  kind?: string
  venueId?: number
  /** Records with a vehicle of this plate or VIN, an item of this IMEI or category (normalised by the server). */
  plate?: string
  vin?: string
  imei?: string
  itemCategory?: string
  status?: RecordStatus
  q?: string
  /** ISO-8601 with offset */
  from?: string
  /** ISO-8601 with offset */
  to?: string
}

/** An earlier guest of the venue (常住旅客), as GET /api/v1/records/regulars finds them. */
export interface RegularGuest {
  documentType: string
  documentNumber: string
  name: string
  latinSurname: string | null
  latinGivenName: string | null
  sex: string | null
  birthDate: string | null
  ethnicity: string | null
  nationality: string | null
  regionCode: string | null
  address: string | null
  phone: string | null
  lastSeenAt: string | null
  stays: number
}

/** 临存: a document scanned while the desk was busy, typed in later. */
export interface RecordDraft {
  id: number
  documentPhotoId: number
  trade?: string
  note: string | null
  createdAt: string
  createdBy?: string | null
}

export interface DraftCreateRequest {
  documentPhotoId: number
  note?: string | null
}

export type FilePurpose = 'DOCUMENT_PHOTO' | 'FACE_PHOTO' | 'STAFF_PHOTO' | 'OBJECT_PHOTO' | 'INSPECTION_PHOTO' | 'RECTIFICATION_PHOTO'

export interface StoredFile {
  id: number
}

/** A key the venue's own system (PMS) signs its intake calls with. The secret is shown only at creation. */
export interface ApiKey {
  id: number
  name: string
  keyId: string
  createdBy?: string | null
  createdAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

export interface ApiKeyCreated extends Omit<ApiKey, 'lastUsedAt' | 'revokedAt'> {
  secret: string
  /** The whole Authorization header line to configure in the venue's system. */
  header?: string
}
