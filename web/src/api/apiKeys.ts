import { request } from './http'
import type { ApiKey, ApiKeyCreated } from './recordTypes'

export const apiKeyApi = {
  list: () => request<ApiKey[] | { items: ApiKey[] }>('/api/v1/api-keys').then((a) => (Array.isArray(a) ? a : a.items)),
  create: (name: string) => request<ApiKeyCreated>('/api/v1/api-keys', { method: 'POST', body: { name } }),
  revoke: (id: number) => request<void>(`/api/v1/api-keys/${id}`, { method: 'DELETE' }),
}
