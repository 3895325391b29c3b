import type { Me, UserKind } from '@/api/types'

/** Who may open a page: a permission from Me.permissions and/or one of some user kinds. */
export interface AccessRule {
  permission?: string
  kinds?: UserKind[]
  /** Pages of a venue's trade: the hotel desk (HOTEL) or the entry of the other record trades (RECORD). */
  venueTrade?: 'HOTEL' | 'RECORD'
}

/** One rule for both the route guard and the side menu, so a hidden menu item is also a closed URL. */
export function canAccess(me: Me | null, rule: AccessRule): boolean {
  if (!me) return false
  if (rule.permission && !me.permissions.includes(rule.permission)) return false
  if (rule.kinds && !rule.kinds.includes(me.kind)) return false
  if (rule.venueTrade) {
    const trades = me.venue?.trades ?? []
    if (rule.venueTrade === 'HOTEL' ? !trades.includes('HOTEL') : !trades.some((trade) => trade !== 'HOTEL')) return false
  }
  return true
}

/** Only same-site paths are followed after login, so ?redirect= cannot send the user elsewhere. */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/login')) return null
  return value
}
