import { download, request } from './http'
import type { CodeTable, CodeTableInfo, CodeTableQuery, IdentityCheck, IdentityCheckRequest } from './types'

export const referenceApi = {
  tables: () => request<CodeTableInfo[]>('/api/v1/codes'),
  table: (table: string, query: CodeTableQuery = {}) =>
    request<CodeTable>(`/api/v1/codes/${encodeURIComponent(table)}`, { query }),
  downloadCsv: (table: string, query: CodeTableQuery = {}) =>
    download(`/api/v1/codes/${encodeURIComponent(table)}`, { ...query, format: 'csv' }),
  checkIdentity: (body: IdentityCheckRequest) =>
    request<IdentityCheck>('/api/v1/identity/check', { method: 'POST', body }),
}
