import { request } from './http'
import type { LoginRequest, LoginResponse, Me, PasswordChangeRequest, TotpEnrolment } from './types'

// Credential endpoints answer 401 for wrong credentials; that must not end the caller's session.
const credentialCheck = { expectUnauthorized: true }

export const authApi = {
  login: (body: LoginRequest) => request<LoginResponse>('/api/v1/auth/login', { method: 'POST', body, ...credentialCheck }),
  logout: () => request<void>('/api/v1/auth/logout', { method: 'POST', expectUnauthorized: true }),
  changePassword: (body: PasswordChangeRequest) => request<void>('/api/v1/auth/password', { method: 'POST', body, ...credentialCheck }),
  startTotpEnrolment: (username: string, password: string) =>
    request<TotpEnrolment>('/api/v1/auth/totp/enrolment', { method: 'POST', body: { username, password }, ...credentialCheck }),
  /** Restores the session after a reload; the router guard handles a 401 itself. */
  me: () => request<Me>('/api/v1/me', { expectUnauthorized: true }),
}
