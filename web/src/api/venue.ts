import { request } from './http'
import type { Page, PageRequest, Venue } from './types'

export const venueApi = {
  list: (query: PageRequest & { q?: string }) => request<Page<Venue>>('/api/v1/venues', { query }),
}
