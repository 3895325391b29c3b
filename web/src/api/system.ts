import { request } from './http'
import type { SystemInfo } from './types'

export const systemApi = {
  info: () => request<SystemInfo>('/api/v1/system/info', { expectUnauthorized: true }),
}
