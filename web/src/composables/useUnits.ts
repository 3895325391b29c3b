import { computed, ref, shallowRef } from 'vue'
import { unitApi } from '@/api/org'
import type { Unit } from '@/api/types'
import { buildUnitTree } from '@/utils/unitTree'
import { notifyError } from '@/utils/notify'

/** The units within the caller's scope, flat as the server sends them and as a tree. */
export function useUnits() {
  const units = shallowRef<Unit[]>([])
  const loading = ref(false)
  const tree = computed(() => buildUnitTree(units.value))

  async function load(): Promise<void> {
    loading.value = true
    try {
      units.value = await unitApi.list()
    } catch (e) {
      notifyError(e)
    } finally {
      loading.value = false
    }
  }

  return { units, tree, loading, load }
}
