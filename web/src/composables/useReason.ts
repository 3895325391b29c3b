import { ElMessageBox } from 'element-plus'
import { i18n } from '@/i18n'

/**
 * Asks for the reason of a rejection or status change; null when the user backs out. The server refuses an
 * empty reason (ZA-5008) too, so this check is only a convenience.
 */
export async function askReason(title: string): Promise<string | null> {
  const t = i18n.global.t
  try {
    const { value } = await ElMessageBox.prompt(t('venue.reasonPrompt'), title, {
      confirmButtonText: t('common.ok'),
      cancelButtonText: t('common.cancel'),
      inputType: 'textarea',
      inputValidator: (v: string) => (v && v.trim().length > 0) || t('venue.reasonPrompt'),
      customClass: 'reason-box',
    })
    return value.trim()
  } catch {
    return null
  }
}
