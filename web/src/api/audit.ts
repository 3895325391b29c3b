import { download, request } from './http'
import type { AuditEntry, AuditQuery, AuditVerification, Page, PageRequest } from './types'

export const auditApi = {
  list: (query: AuditQuery & PageRequest) => request<Page<AuditEntry>>('/api/v1/audit', { query }),
  exportCsv: (query: AuditQuery) => download('/api/v1/audit/export', query),
  verify: () => request<AuditVerification>('/api/v1/audit/verify'),
}
