import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError, NETWORK_ERROR_STATUS } from '@/api/errors'
import { i18n } from '@/i18n'

/**
 * The text shown for a failed call: the server's localised `detail` with its code,
 * e.g. "用户名或密码错误 (ZA-1001)", so a user can quote the code to support.
 */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) {
    if (e.status === NETWORK_ERROR_STATUS) return i18n.global.t('error.network')
    const fields = e.errors.map((f) => f.message).filter((m) => m && m !== e.detail)
    const base = e.code ? `${e.detail} (${e.code})` : e.detail
    return fields.length ? `${base}: ${fields.join('; ')}` : base
  }
  return e instanceof Error ? e.message : String(e)
}

export function notifyError(e: unknown): void {
  ElMessage.error({ message: errorText(e), showClose: true, duration: 6000 })
}

export function notifySuccess(message: string): void {
  ElMessage.success(message)
}

/** Asks before a change that cannot be undone; a dismissed box is an answer, not an error. */
export function confirmed(message: string, confirmText?: string): Promise<boolean> {
  const t = i18n.global.t
  return ElMessageBox.confirm(message, t('common.confirmTitle'), {
    type: 'warning',
    confirmButtonText: confirmText ?? t('common.ok'),
    cancelButtonText: t('common.cancel'),
  })
    .then(() => true)
    .catch(() => false)
}
