import { download, request } from './http'
import type { FilePurpose, StoredFile } from './recordTypes'

export const fileApi = {
  upload: (file: Blob, purpose: FilePurpose, filename = 'photo.jpg') => {
    const form = new FormData()
    form.append('file', file, file instanceof File ? file.name : filename)
    form.append('purpose', purpose)
    return request<StoredFile>('/api/v1/files', { method: 'POST', body: form })
  },
  /** The file's bytes, fetched with the session token (an <img src> could not send it). */
  fetch: (id: number) => download(`/api/v1/files/${id}`).then((f) => f.blob),
}
