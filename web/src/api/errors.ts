/** One field-level complaint of a validation problem. */
export interface FieldError {
  /** Path of the field in the request body, e.g. `parties[0].documentNumber`, `attributes.room`. */
  field: string
  /** The rule's own ZA-xxxx code, when the server gives one. */
  code?: string
  message: string
}

/**
 * A failed API call, built from the server's RFC 9457 problem+json answer.
 * `code` is the stable ZA-xxxx code; `detail` is already in the caller's language.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string | null
  readonly detail: string
  readonly errors: FieldError[]
  /** Extra members of the problem, e.g. `lockedUntil` for ZA-1002. */
  readonly extra: Record<string, unknown>

  constructor(status: number, code: string | null, detail: string, errors: FieldError[] = [], extra: Record<string, unknown> = {}) {
    super(code ? `${detail} (${code})` : detail)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.detail = detail
    this.errors = errors
    this.extra = extra
  }
}

/** status 0: the request never got an answer (server down, network gone). */
export const NETWORK_ERROR_STATUS = 0

export function isApiError(e: unknown, code?: string): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code)
}
