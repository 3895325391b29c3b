import { reactive } from 'vue'
import { ApiError } from '@/api/errors'

/**
 * Field messages of a validation problem (`errors: [{field, message}]`) for `<el-form-item :error>`,
 * so the server's precise complaint appears next to the field it is about.
 */
export function useFormErrors() {
  const fieldErrors = reactive<Record<string, string>>({})

  function reset(): void {
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
  }

  /** Shows the problem's field errors; true when there were any. */
  function apply(e: unknown): boolean {
    reset()
    if (!(e instanceof ApiError) || e.errors.length === 0) return false
    for (const { field, message } of e.errors) fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}; ${message}` : message
    return true
  }

  return { fieldErrors, apply, reset }
}
