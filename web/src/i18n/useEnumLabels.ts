import { useI18n } from 'vue-i18n'
import type { DataScope, UnitLevel, UserKind } from '@/api/types'

/**
 * Display names of the API's enum values. A value the UI does not know yet (a newer server) is shown
 * as sent rather than as a missing-key path; an absent value shows as nothing.
 */
export function useEnumLabels() {
  const { t, te } = useI18n()
  const label = (group: string, value: string | null | undefined): string => {
    if (!value) return ''
    const key = `enums.${group}.${value}`
    return te(key) ? t(key) : value
  }
  return {
    kindLabel: (kind: UserKind | null | undefined) => label('kind', kind),
    scopeLabel: (scope: DataScope | null | undefined) => label('scope', scope),
    levelLabel: (level: UnitLevel | string | null | undefined) => label('unitLevel', level),
    auditActionLabel: (action: string | null | undefined) => label('auditAction', action),
    auditOutcomeLabel: (outcome: string | null | undefined) => label('auditOutcome', outcome),
  }
}
