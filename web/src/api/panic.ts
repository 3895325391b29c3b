// 按键报警: a venue's panic button. docs/api.md is the contract.
import { request } from './http'

export interface PanicPress {
  id: number
  venueId: number
  reference: string
  note: string | null
  latitude: number | null
  longitude: number | null
  pressedAt: string
  presserName: string
  alarmId: number
}

export interface PanicRequest {
  note: string | null
  /** The page's id for this press: a retry with it raises nothing twice. */
  reference: string
  latitude?: number
  longitude?: number
}

export const panicApi = {
  press: (body: PanicRequest) => request<PanicPress>('/api/v1/panic', { method: 'POST', body }),
  recent: () => request<PanicPress[]>('/api/v1/panic'),
}
