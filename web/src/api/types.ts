// Shapes of the objects the server exchanges; docs/api.md is the contract these follow.

export type UserKind = 'POLICE' | 'ENTERPRISE' | 'ADMIN'
export type DataScope = 'OWN_VENUE' | 'OWN_UNIT' | 'UNIT_TREE' | 'CITY'
export type UnitLevel = 'CITY' | 'DISTRICT' | 'STATION' | 'AREA'

export interface Page<T> {
  items: T[]
  total: number
  /** Person search counts hits only up to a limit: true when there are more than `total`. */
  totalCapped?: boolean
}

/** Paging parameters as the server takes them: page counts from 0. */
export interface PageRequest {
  page: number
  size: number
}

export interface SystemInfo {
  name: string
  version: string
  demo: boolean
  requireSecondFactor: boolean
}

export interface UnitRef {
  id: number
  code: string
  name: string
  level: UnitLevel
}

export interface VenueRef {
  id: number
  code: string
  name: string
  /** The venue's trades (HOTEL, PAWN…), in GET /api/v1/me: the portal shows the desk that fits them. */
  trades?: string[]
}

/** The signed-in user as GET /api/v1/me and the login answer describe it. */
export interface Me {
  id: number
  username: string
  displayName: string
  kind: UserKind
  policeNumber: string | null
  unit: UnitRef | null
  venue: VenueRef | null
  roles: string[]
  permissions: string[]
  scope: DataScope
  totpEnabled: boolean
  passwordExpiresAt: string | null
}

export interface LoginRequest {
  username: string
  password: string
  totp?: string
}

export interface LoginResponse {
  token: string
  expiresInSeconds: number
  user: Me
}

export interface PasswordChangeRequest {
  username: string
  currentPassword: string
  newPassword: string
  totp?: string
}

export interface TotpEnrolment {
  secret: string
  otpauthUri: string
}

export interface Unit {
  id: number
  parentId: number | null
  level: UnitLevel
  code: string
  name: string
  regionCode: string
  enabled: boolean
}

export interface UnitCreateRequest {
  parentId: number
  level: UnitLevel
  code: string
  name: string
  regionCode: string
}

export interface UnitUpdateRequest {
  code: string
  name: string
  regionCode: string
  enabled: boolean
}

export interface Role {
  code: string
  name: string
  permissions: string[]
}

export interface User {
  id: number
  username: string
  displayName: string
  kind: UserKind
  policeNumber: string | null
  unitId: number | null
  unitName: string | null
  venueId: number | null
  venueName: string | null
  roles: string[]
  scope: DataScope
  enabled: boolean
  locked: boolean
  totpEnabled: boolean
  createdAt: string
}

export interface UserQuery {
  q?: string
  unitId?: number
  kind?: UserKind
}

export interface UserCreateRequest {
  username: string
  displayName: string
  kind: UserKind
  policeNumber?: string
  unitId?: number
  venueId?: number
  roles: string[]
  scope: DataScope
}

export type UserUpdateRequest = Omit<UserCreateRequest, 'username' | 'kind'>

export interface UserCreated {
  user: User
  temporaryPassword: string
}

export interface TemporaryPassword {
  temporaryPassword: string
}

export interface AuditEntry {
  id: number
  occurredAt: string
  actor: string
  unitCode: string | null
  sourceIp: string | null
  action: string
  entityType: string | null
  entityId: string | null
  outcome: string
  detail: string | null
}

export interface AuditQuery {
  actor?: string
  entityType?: string
  entityId?: string
  action?: string
  /** ISO-8601 with offset */
  from?: string
  /** ISO-8601 with offset */
  to?: string
}

export interface AuditVerification {
  intact: boolean
  checked: number
  firstBrokenId: number | null
  /** Rows committed while the check ran, or kept out of the chain. */
  unsealed: number
}

/** A code table as GET /api/v1/codes lists it. */
export interface CodeTableInfo {
  table: string
  name: string
  nameEn: string
  standard: string
  version: string
  source: string
  entries: number
}

export interface CodeEntry {
  code: string
  name: string
  nameEn: string | null
  parentCode: string | null
  /** ISO date */
  validFrom: string | null
  /** ISO date; present when the code is retired */
  validTo: string | null
  local: boolean
  attributes: Record<string, unknown>
}

/** 代码对照: a code of another system standing for a standard code. */
export interface CodeMapping {
  system: string
  legacyCode: string
  code: string
}

export interface CodeTable {
  table: string
  version: string
  entries: CodeEntry[]
  mappings: CodeMapping[]
}

export interface CodeTableQuery {
  q?: string
  includeRetired?: boolean
}

export interface IdentityCheckRequest {
  documentType: string
  documentNumber: string
  name?: string
}

export interface NameKeys {
  normalized: string
  pinyin: string[]
  initials: string[]
  fuzzy: string[]
}

export interface IdentityCheck {
  valid: boolean
  documentType: string
  normalizedNumber: string | null
  /** GB/T 2261.1 code: 1 male, 2 female */
  sex: string | null
  /** ISO date */
  birthDate: string | null
  region: { code: string; name: string; retired: boolean } | null
  reason: { code: string; message: string } | null
  nameKeys: NameKeys | null
}

// ---- Venues, staff and enterprise sign-up (venue module; docs/api.md "Venues") ----

export type VenueStatus = 'PENDING' | 'REJECTED' | 'ACTIVE' | 'SUSPENDED' | 'CANCELLED'

export interface Venue {
  id: number
  code: string | null
  name: string
  trades: string[]
  stationUnitId: number
  stationName: string
  regionCode: string
  address: string | null
  status: VenueStatus
}

/** The fields a venue files; key fields change only through a reviewed change request once approved. */
export interface VenueFiling {
  name: string
  licenceNumber: string
  trades: string[]
  regionCode: string
  address: string
  stationUnitId: number | null
  responsibleOfficerId: number | null
  legalRepName: string
  legalRepDocumentType: string
  legalRepDocumentNumber: string
  legalRepPhone: string
  securityOfficerName: string
  securityOfficerPhone: string
  economicType: string | null
  openedOn: string | null
}

export interface VenueDetail {
  id: number
  code: string | null
  status: VenueStatus
  statusReason: string | null
  filing: VenueFiling
  stationName: string
  responsibleOfficerName: string | null
  filedAt: string | null
  approvedAt: string | null
  updatedAt: string
  changePending: boolean
}

export interface VenueQuery {
  q?: string
  status?: VenueStatus | ''
  trade?: string
  unitId?: number | null
}

export interface FieldChange {
  field: string
  before: string | null
  after: string | null
}

export interface VenueHistoryEntry {
  id: number
  occurredAt: string
  actor: string
  event: string
  changes: FieldChange[]
  reason: string | null
}

export interface ChangeRequest {
  id: number
  venueId: number
  venueCode: string | null
  venueName: string
  changes: FieldChange[]
  reason: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED'
  requestedBy: string
  requestedAt: string
  reviewedBy: string | null
  reviewedAt: string | null
  reviewNote: string | null
}

export interface ReviewQueue {
  filings: Venue[]
  changeRequests: ChangeRequest[]
}

export interface StaffForm {
  documentType: string
  documentNumber: string
  name: string
  sex: string | null
  birthDate: string | null
  ethnicity: string | null
  nativePlace: string | null
  householdAddress: string | null
  currentAddress: string | null
  phone: string | null
  position: string | null
  hiredOn: string | null
  leftOn: string | null
  photoFileId: number | null
}

export interface StaffMember extends StaffForm {
  id: number
  venueId: number
  venueCode: string | null
  venueName: string
  minorAtHire: boolean
  current: boolean
  createdAt: string
  updatedAt: string
}

export interface StaffQuery {
  unitId?: number | null
  name?: string
  documentNumber?: string
  venue?: string
  current?: boolean | ''
  minor?: boolean | ''
}

export interface SignUpStation {
  id: number
  code: string
  name: string
  district: string | null
}

export interface SignUpCode {
  code: string
  name: string
  nameEn: string | null
}

export interface SignUpRequest {
  username: string
  password: string
  displayName: string
  venue: VenueFiling
}
