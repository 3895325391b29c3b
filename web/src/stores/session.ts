import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import { isApiError } from '@/api/errors'
import { clearToken, readToken, writeToken } from '@/api/token'
import type { LoginRequest, Me } from '@/api/types'

/** The signed-in user and their token. The token is kept in sessionStorage, the user only in memory. */
export const useSessionStore = defineStore('session', () => {
  const token = ref<string | null>(readToken())
  const me = ref<Me | null>(null)

  const permissions = computed(() => new Set(me.value?.permissions ?? []))

  function hasPermission(permission: string): boolean {
    return permissions.value.has(permission)
  }

  /** Where a user lands after signing in when nothing else was asked for. */
  const homePath = computed(() => (me.value?.kind === 'ENTERPRISE' ? '/portal' : '/dashboard'))

  async function login(credentials: LoginRequest): Promise<Me> {
    const answer = await authApi.login(credentials)
    writeToken(answer.token)
    token.value = answer.token
    me.value = answer.user
    return answer.user
  }

  /** After a reload only the token is left; fetch the user again. False when the token is no longer good. */
  async function restore(): Promise<boolean> {
    if (!token.value) return false
    if (me.value) return true
    try {
      me.value = await authApi.me()
      return true
    } catch (e) {
      if (isApiError(e) && e.status === 401) {
        clear()
        return false
      }
      throw e
    }
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } catch {
      // The session may already be gone on the server; signing out locally is what matters.
    }
    clear()
  }

  function clear(): void {
    clearToken()
    token.value = null
    me.value = null
  }

  return { token, me, homePath, hasPermission, login, restore, logout, clear }
})
