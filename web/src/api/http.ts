import { currentLocale } from '@/i18n'
import { ApiError, NETWORK_ERROR_STATUS, type FieldError } from './errors'
import { readToken } from './token'

type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: object
  body?: unknown
  /**
   * On the login page and for credential checks a 401 means "wrong credentials", not "session gone";
   * such calls handle it themselves instead of being sent back to the login page.
   */
  expectUnauthorized?: boolean
}

let onUnauthorized: () => void = () => {}

/** The session store registers what a lost session does (clear it, go to /login). */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler
}

export function buildUrl(path: string, query?: object): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query as Query)) {
    // Empty filters are left out so the server sees "no filter" rather than "match the empty string".
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

function headers(jsonBody: boolean): Headers {
  const h = new Headers({ Accept: 'application/json, application/problem+json', 'Accept-Language': currentLocale() })
  if (jsonBody) h.set('Content-Type', 'application/json')
  const token = readToken()
  if (token) h.set('Authorization', `Bearer ${token}`)
  return h
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Record<string, unknown> = {}
  try {
    problem = (await response.json()) as Record<string, unknown>
  } catch {
    // Not problem+json (e.g. a proxy's HTML error page): fall back to the status line.
  }
  const { code, detail, title, errors, ...extra } = problem
  const text = typeof detail === 'string' && detail ? detail : typeof title === 'string' && title ? title : response.statusText || `HTTP ${response.status}`
  return new ApiError(response.status, typeof code === 'string' ? code : null, text, Array.isArray(errors) ? (errors as FieldError[]) : [], extra)
}

/** Sends the request and answers the raw Response once it is known to be a success. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  // A FormData body (file upload) goes as multipart: the browser writes its Content-Type with the boundary.
  const multipart = options.body instanceof FormData
  const jsonBody = options.body !== undefined && !multipart
  let response: Response
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers: headers(jsonBody),
      body: multipart ? (options.body as FormData) : jsonBody ? JSON.stringify(options.body) : undefined,
    })
  } catch (cause) {
    throw new ApiError(NETWORK_ERROR_STATUS, null, cause instanceof Error ? cause.message : String(cause))
  }
  if (response.ok) return response
  const error = await toApiError(response)
  if (response.status === 401 && !options.expectUnauthorized) onUnauthorized()
  throw error
}

/** JSON request; 204 answers `undefined`. */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options)
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export interface DownloadedFile {
  blob: Blob
  filename: string | null
}

/** GET of a file (CSV export…) with the same token and language as any other call. */
export async function download(path: string, query?: object): Promise<DownloadedFile> {
  const response = await send(path, { query })
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) }
}

function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (encoded) return decodeURIComponent(encoded[1].trim())
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1].trim() : null
}
