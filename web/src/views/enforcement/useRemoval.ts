import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus'
import { notifyError, notifySuccess } from '@/utils/notify'

/** Asks before deleting a penalty or a case, deletes it, then reloads the list. */
export function useRemoval() {
  const { t } = useI18n()
  return async function remove(question: string, work: () => Promise<unknown>, reload: () => Promise<void>): Promise<void> {
    try {
      await ElMessageBox.confirm(question, t('common.confirmTitle'), { type: 'warning' })
    } catch {
      return
    }
    try {
      await work()
      notifySuccess(t('enforcement.deleted'))
      await reload()
    } catch (e) {
      notifyError(e)
    }
  }
}
