// The session token lives in sessionStorage: it survives a reload but not closing the tab,
// which suits shared police workstations better than localStorage.
const TOKEN_KEY = 'zhian.token'

export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY)
}

export function writeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token)
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY)
}
