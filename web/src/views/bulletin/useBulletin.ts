import { computed, shallowRef } from 'vue'
import { useRoute } from 'vue-router'
import { bulletinApi, type BulletinDetail } from '@/api/bulletins'
import { notifyError } from '@/utils/notify'

/** The bulletin of the current route (`:id`), loaded on demand and replaced by what each action answers. */
export function useBulletin() {
  const route = useRoute()
  const id = computed(() => Number(route.params.id))
  const detail = shallowRef<BulletinDetail | null>(null)

  async function load(): Promise<void> {
    try {
      detail.value = await bulletinApi.get(id.value)
    } catch (e) {
      notifyError(e)
    }
  }

  /** Runs an action that answers the new detail; true when it succeeded. */
  async function act(step: () => Promise<BulletinDetail>): Promise<boolean> {
    try {
      detail.value = await step()
      return true
    } catch (e) {
      notifyError(e)
      return false
    }
  }

  return { id, detail, load, act }
}
