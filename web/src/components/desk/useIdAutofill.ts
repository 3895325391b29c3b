import { computed, onBeforeUnmount, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { referenceApi } from '@/api/reference'
import type { CodeEntry, IdentityCheck } from '@/api/types'
import { errorText } from '@/utils/notify'
import { GB11643_TYPES, hmtCountryOfNumber, type GuestForm } from './guest'

const TYPING_PAUSE_MS = 250

/** Lengths at which a GB 11643 number may be complete: 18, and 15 for the old ID cards. */
function completeLength(documentType: string, number: string): boolean {
  return number.length === 18 || (number.length === 15 && documentType !== '991' && /^\d{15}$/.test(number))
}

/** What the autofill reads and fills: a hotel guest, or a party of any other trade's record. */
export type IdAutofillTarget = Pick<GuestForm, 'category' | 'documentType' | 'documentNumber' | 'sex' | 'birthDate' | 'regionCode' | 'nationality' | 'derived'>

/**
 * Checks a guest's document number with POST /api/v1/identity/check as it is typed (GB 11643 numbers, as
 * soon as they have 15 or 18 characters) or when the field is left (other documents), and fills sex, birth
 * date and region (or, for a residence permit, the 港澳台 region) from a valid ID number.
 */
export function useIdAutofill(guest: () => IdAutofillTarget) {
  const { t } = useI18n()
  const result = ref<IdentityCheck | null>(null)
  const failure = ref<string | null>(null)
  const checking = ref(false)
  let ticket = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const number = () => guest().documentNumber.trim().toUpperCase()

  function clearDerived(): void {
    const g = guest()
    if (g.derived.sex) g.sex = ''
    if (g.derived.birthDate) g.birthDate = ''
    if (g.derived.regionCode) g.regionCode = ''
    g.derived = { sex: false, birthDate: false, regionCode: false }
  }

  function apply(answer: IdentityCheck): void {
    const g = guest()
    if (!answer.valid) {
      clearDerived()
      return
    }
    if (answer.sex) g.sex = answer.sex
    if (answer.birthDate) g.birthDate = answer.birthDate
    const derived = { sex: !!answer.sex, birthDate: !!answer.birthDate, regionCode: false }
    if (answer.region && g.category === 'DOMESTIC') {
      g.regionCode = answer.region.code
      derived.regionCode = true
    }
    const country = g.documentType === '991' && answer.normalizedNumber ? hmtCountryOfNumber(answer.normalizedNumber) : null
    if (country) g.nationality = country
    g.derived = derived
  }

  async function check(): Promise<void> {
    clearTimeout(timer)
    const g = guest()
    const value = number()
    if (!value) {
      reset()
      return
    }
    const mine = ++ticket
    checking.value = true
    try {
      const answer = await referenceApi.checkIdentity({ documentType: g.documentType, documentNumber: value })
      // The clerk may have typed on (or a newer check started) while this one was out.
      if (mine !== ticket || value !== number()) return
      result.value = answer
      failure.value = null
      apply(answer)
    } catch (e) {
      if (mine !== ticket) return
      result.value = null
      failure.value = errorText(e)
    } finally {
      if (mine === ticket) checking.value = false
    }
  }

  function reset(): void {
    ticket++
    checking.value = false
    result.value = null
    failure.value = null
  }

  const autoChecked = () => GB11643_TYPES.includes(guest().documentType)

  watch(
    () => [guest().documentType, number()] as const,
    ([type, value], [oldType]) => {
      clearTimeout(timer)
      if (type !== oldType || !autoChecked() || !completeLength(type, value)) {
        // A shorter number is still being typed: yesterday's answer no longer describes it.
        if (result.value || failure.value) reset()
        if (autoChecked()) clearDerived()
        return
      }
      timer = setTimeout(() => void check(), TYPING_PAUSE_MS)
    },
  )
  onBeforeUnmount(() => clearTimeout(timer))

  /** Leaving the field checks what is there, whatever its type, unless that was checked already. */
  function onBlur(): void {
    if (!number() || result.value || checking.value) return
    if (autoChecked() && !completeLength(guest().documentType, number())) {
      failure.value = t('desk.idLength')
      return
    }
    void check()
  }

  /** The inline error under the number: the reason with its number, e.g. "校验码错误 (ZA-4103)". */
  const error = computed(() => {
    if (failure.value) return failure.value
    const reason = result.value && !result.value.valid ? result.value.reason : null
    return reason ? `${reason.message} (${reason.code})` : ''
  })

  /** The region as the check found it: its name even when the code is retired and so not in the select. */
  const regionEntry = computed<CodeEntry | null>(() => {
    const region = result.value?.valid ? result.value.region : null
    if (!region) return null
    return { code: region.code, name: region.name, nameEn: null, parentCode: null, validFrom: null, validTo: null, local: false, attributes: {} }
  })

  return { result, checking, error, regionEntry, onBlur, check, reset }
}
