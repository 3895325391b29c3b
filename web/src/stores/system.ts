import { defineStore } from 'pinia'
import { ref } from 'vue'
import { systemApi } from '@/api/system'
import type { SystemInfo } from '@/api/types'

/** What GET /api/v1/system/info says about this installation (demo flag, version). */
export const useSystemStore = defineStore('system', () => {
  const info = ref<SystemInfo | null>(null)

  async function load(): Promise<void> {
    try {
      info.value = await systemApi.info()
    } catch {
      // Without the answer the app still works; it just shows no demo banner.
      info.value = null
    }
  }

  return { info, load }
})
