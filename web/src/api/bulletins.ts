// 协查通报与消息发布: police publish to venues, venues acknowledge (签收) and reply. docs/api.md is the contract.
import { download, request } from './http'
import type { Page, PageRequest } from './types'

export interface Audience {
  trades: string[]
  districts: number[]
  stations: number[]
  venues: number[]
}

/** A stored picture or attachment (JPEG, PNG or PDF). */
export interface BulletinFile {
  id: number
  contentType: string
  size: number
}

export interface RecipientState {
  venueId: number
  venueCode: string
  venueName: string
  stationName: string
  readAt: string | null
  acknowledgedAt: string | null
  acknowledgerName: string | null
  replies: number
  chases: number
  lastChasedAt: string | null
  lastChaseMessage: string | null
  overdue: boolean
}

export interface BulletinSummary {
  id: number
  /** bulletin-type code: ASSIST, NOTICE, WANTED, INCIDENT, LAW, WORK, PICTURE */
  type: string
  title: string
  unitName: string
  publisherName: string
  publishedAt: string
  deadline: string | null
  revokedAt: string | null
  /** Police only. */
  counts: { recipients: number; read: number; acknowledged: number; replied: number; overdue: number } | null
  /** A venue's own state. */
  own: RecipientState | null
}

export interface BulletinReply {
  id: number
  venueId: number
  venueName: string
  content: string
  fileId: number | null
  repliedAt: string
  replierName: string
}

export interface BulletinChase {
  id: number
  venueId: number
  venueName: string
  message: string | null
  chasedAt: string
  chaserName: string
}

export interface BulletinDetail {
  bulletin: BulletinSummary
  content: string
  audience: Audience
  files: BulletinFile[]
  revocation: { at: string; byName: string; reason: string | null } | null
  recipients: RecipientState[]
  replies: BulletinReply[]
  chases: BulletinChase[]
}

export interface NewBulletin {
  type: string
  title: string
  content: string
  audience: Audience
  deadline?: string | null
  fileIds: number[]
}

export interface BulletinQuery extends PageRequest {
  type?: string
  q?: string
  open?: boolean
  unread?: boolean
  overdue?: boolean
}

const base = '/api/v1/bulletins'

export const bulletinApi = {
  publish: (body: NewBulletin) => request<BulletinDetail>(base, { method: 'POST', body }),
  list: (query: BulletinQuery) => request<Page<BulletinSummary>>(base, { query }),
  get: (id: number) => request<BulletinDetail>(`${base}/${id}`),
  acknowledge: (id: number) => request<BulletinDetail>(`${base}/${id}/ack`, { method: 'POST', body: {} }),
  reply: (id: number, content: string, fileId: number | null) =>
    request<BulletinDetail>(`${base}/${id}/replies`, { method: 'POST', body: { content, fileId } }),
  chase: (id: number, message: string | null, venueIds?: number[]) =>
    request<BulletinDetail>(`${base}/${id}/chase`, { method: 'POST', body: { message, venueIds } }),
  revoke: (id: number, reason: string | null) => request<BulletinDetail>(`${base}/${id}/revoke`, { method: 'POST', body: { reason } }),
  upload: (file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return request<BulletinFile>(`${base}/files`, { method: 'POST', body: form })
  },
  /** A picture or attachment, fetched with the session token. */
  file: (id: number, fileId: number) => download(`${base}/${id}/files/${fileId}`),
  /** Standing bulletins the venue has not opened yet: the portal's badge. */
  unread: () => request<Page<BulletinSummary>>(base, { query: { unread: true, size: 1 } }).then((p) => p.total),
}
