import { request } from './http'
import type {
  PageRequest,
  Page,
  Role,
  TemporaryPassword,
  Unit,
  UnitCreateRequest,
  UnitUpdateRequest,
  User,
  UserCreateRequest,
  UserCreated,
  UserQuery,
  UserUpdateRequest,
} from './types'

export const unitApi = {
  list: () => request<Unit[]>('/api/v1/units'),
  create: (body: UnitCreateRequest) => request<Unit>('/api/v1/units', { method: 'POST', body }),
  update: (id: number, body: UnitUpdateRequest) => request<Unit>(`/api/v1/units/${id}`, { method: 'PUT', body }),
}

export const roleApi = {
  list: () => request<Role[]>('/api/v1/roles'),
}

export const userApi = {
  list: (query: UserQuery & PageRequest) => request<Page<User>>('/api/v1/users', { query }),
  get: (id: number) => request<User>(`/api/v1/users/${id}`),
  create: (body: UserCreateRequest) => request<UserCreated>('/api/v1/users', { method: 'POST', body }),
  update: (id: number, body: UserUpdateRequest) => request<User>(`/api/v1/users/${id}`, { method: 'PUT', body }),
  disable: (id: number) => request<User>(`/api/v1/users/${id}/disable`, { method: 'POST' }),
  enable: (id: number) => request<User>(`/api/v1/users/${id}/enable`, { method: 'POST' }),
  resetPassword: (id: number) => request<TemporaryPassword>(`/api/v1/users/${id}/reset-password`, { method: 'POST' }),
  resetTotp: (id: number) => request<void>(`/api/v1/users/${id}/reset-totp`, { method: 'POST' }),
}
