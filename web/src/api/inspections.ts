// 治安检查 and 整改: inspections, checklists, tasks, rectification notices. docs/api.md is the contract.
import { request } from './http'
import type { StoredFile } from './recordTypes'
import type { Page, PageRequest } from './types'

export type ItemType = 'CHECK' | 'SCORE'
export type Grade = 'A' | 'B' | 'C' | 'D'

export interface TemplateItem {
  code: string
  text: string
  textEn: string
  type: ItemType
  points: number
  fire: boolean
}

export interface TemplateSection {
  code: string
  title: string
  titleEn: string
  items: TemplateItem[]
}

export interface InspectionTemplate {
  id: number
  trade: string
  version: number
  legalBasis: string
  sections: TemplateSection[]
  createdAt: string
  createdByName: string
}

export interface VenueRef {
  id: number
  code: string
  name: string
  trades: string[]
  stationUnitId: number
  stationName: string
}

export interface Answer {
  item: string
  passed: boolean | null
  score: number | null
  note: string | null
}

export interface GeoLocation {
  latitude: number
  longitude: number
  accuracy: number | null
}

export interface InspectionForm {
  venueId: number
  templateId: number
  officers: string
  joint: boolean
  jointDepartments: string | null
  results: Answer[]
  notes: string | null
  handling: string
  photoIds: number[]
  location: GeoLocation | null
}

export interface Inspection {
  id: number
  venue: VenueRef
  templateId: number
  templateVersion: number
  inspectedAt: string
  inspectingUnitName: string
  officers: string
  enteredByName: string
  joint: boolean
  jointDepartments: string | null
  results: Answer[]
  notes: string | null
  handling: string
  photoIds: number[]
  location: GeoLocation | null
  earned: number
  possible: number
  score: number
  grade: Grade
  /** Codes of the items that earned less than full points. */
  problems: string[]
  rectificationId: number | null
}

export interface VenueDue {
  venue: VenueRef
  grade: Grade | null
  score: number | null
  lastInspectionId: number | null
  lastInspectedAt: string | null
  nextDue: string
  overdue: boolean
}

export interface Grading {
  aMin: number
  bMin: number
  cMin: number
  aMonths: number
  bMonths: number
  cMonths: number
  dMonths: number
  ungradedDays: number
}

export type TaskStatus = 'OPEN' | 'DONE' | 'OVERDUE'

export interface InspectionTask {
  id: number
  title: string
  note: string | null
  assignerUnitName: string
  assignedByName: string
  assigneeUnitId: number
  assigneeUnitName: string
  assigneeUserName: string | null
  deadline: string
  createdAt: string
  venues: { venueId: number; venueCode: string; venueName: string; inspectionId: number | null; grade: Grade | null }[]
  status: TaskStatus
  done: number
}

export type RectificationStatus = 'OPEN' | 'ANSWERED' | 'ACCEPTED'

export interface RectificationReply {
  id: number
  text: string
  photoIds: number[]
  repliedAt: string
  repliedByName: string
  decision: 'ACCEPTED' | 'REJECTED' | null
  decisionNote: string | null
  decidedAt: string | null
  decidedByName: string | null
}

export interface Rectification {
  id: number
  inspectionId: number
  venue: VenueRef
  legalBasis: string
  items: string[]
  deadline: string
  status: RectificationStatus
  issuedAt: string
  issuedByName: string
  overdueAt: string | null
  escalatedUnitName: string | null
  closedAt: string | null
  closedByName: string | null
  replies: RectificationReply[]
}

export const inspectionApi = {
  submit: (body: InspectionForm) => request<Inspection>('/api/v1/inspections', { method: 'POST', body }),
  list: (query: { venueId?: number; grade?: string } & PageRequest) => request<Page<Inspection>>('/api/v1/inspections', { query }),
  get: (id: number) => request<Inspection>(`/api/v1/inspections/${id}`),
  due: (query: { filter: 'ALL' | 'DUE' | 'OVERDUE'; withinDays?: number } & PageRequest) => request<Page<VenueDue>>('/api/v1/inspections/due', { query }),
  uploadPhoto: (venueId: number, photo: Blob) => {
    const form = new FormData()
    form.append('file', photo, photo instanceof File ? photo.name : 'photo.jpg')
    return request<StoredFile>('/api/v1/inspections/photos', { method: 'POST', body: form, query: { venueId } })
  },
  grading: () => request<Grading>('/api/v1/inspections/grading'),
  saveGrading: (body: Grading) => request<Grading>('/api/v1/inspections/grading', { method: 'PUT', body }),
}

export const templateApi = {
  current: () => request<InspectionTemplate[]>('/api/v1/inspection-templates'),
  get: (id: number) => request<InspectionTemplate>(`/api/v1/inspection-templates/${id}`),
  save: (trade: string, body: { legalBasis: string; sections: TemplateSection[] }) =>
    request<InspectionTemplate>(`/api/v1/inspection-templates/trades/${trade}`, { method: 'POST', body }),
}

export const taskApi = {
  list: (query: { status?: TaskStatus } & PageRequest) => request<Page<InspectionTask>>('/api/v1/inspection-tasks', { query }),
  assign: (body: { title: string; note: string | null; assigneeUnitId: number | null; deadline: string; venueIds: number[] }) =>
    request<InspectionTask>('/api/v1/inspection-tasks', { method: 'POST', body }),
}

export const rectificationApi = {
  issue: (body: { inspectionId: number; legalBasis: string; items: string[]; deadline: string }) =>
    request<Rectification>('/api/v1/rectifications', { method: 'POST', body }),
  list: (query: { status?: RectificationStatus; overdue?: boolean } & PageRequest) => request<Page<Rectification>>('/api/v1/rectifications', { query }),
  get: (id: number) => request<Rectification>(`/api/v1/rectifications/${id}`),
  reply: (id: number, body: { text: string; photoIds: number[] }) =>
    request<Rectification>(`/api/v1/rectifications/${id}/replies`, { method: 'POST', body }),
  accept: (id: number, note: string) => request<Rectification>(`/api/v1/rectifications/${id}/accept`, { method: 'POST', body: { note } }),
  reject: (id: number, reason: string) => request<Rectification>(`/api/v1/rectifications/${id}/reject`, { method: 'POST', body: { reason } }),
}
