// What the server takes as a photo (POST /api/v1/files): JPEG or PNG up to 2 MB. Checked here too, to say so
// before a slow upload rather than after.
export const PHOTO_TYPES = ['image/jpeg', 'image/png']
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

/** Browsers offer the camera (getUserMedia) only to secure pages: https, or localhost. */
export function liveCameraAvailable(): boolean {
  return typeof navigator.mediaDevices?.getUserMedia === 'function'
}

export type PhotoProblem = 'type' | 'size' | null

export function photoProblem(file: Blob): PhotoProblem {
  if (!PHOTO_TYPES.includes(file.type)) return 'type'
  if (file.size > PHOTO_MAX_BYTES) return 'size'
  return null
}

/**
 * A camera frame as a JPEG under the size limit: the quality steps down, then the size halves, until it fits.
 */
export async function frameToJpeg(source: HTMLVideoElement): Promise<Blob> {
  let width = source.videoWidth
  let height = source.videoHeight
  for (let attempt = 0; attempt < 6; attempt++) {
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    canvas.getContext('2d')!.drawImage(source, 0, 0, width, height)
    for (const quality of [0.92, 0.8, 0.65]) {
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality))
      if (blob && blob.size <= PHOTO_MAX_BYTES) return blob
    }
    width = Math.round(width / 2)
    height = Math.round(height / 2)
  }
  throw new Error('frame too large')
}
