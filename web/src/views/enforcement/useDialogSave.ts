import { ref } from 'vue'
import { useFormErrors } from '@/composables/useFormErrors'
import { notifyError, notifySuccess } from '@/utils/notify'

/**
 * The save of an add/edit dialog: busy while it runs, the server's field errors under their fields when it is
 * refused, a success message and `done` when it is stored.
 */
export function useDialogSave<T>(done: (saved: T) => void) {
  const errors = useFormErrors()
  const busy = ref(false)

  async function save(work: () => Promise<T>, message: string): Promise<void> {
    busy.value = true
    try {
      const saved = await work()
      notifySuccess(message)
      done(saved)
    } catch (e) {
      errors.apply(e)
      notifyError(e)
    } finally {
      busy.value = false
    }
  }

  return { errors, busy, save }
}
