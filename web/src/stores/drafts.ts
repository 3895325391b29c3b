import { defineStore } from 'pinia'
import { ref } from 'vue'
import { draftApi } from '@/api/records'
import type { RecordDraft } from '@/api/recordTypes'

/** The venue's open 临存 drafts: the list the drafts page shows and the count on the menu and the portal. */
export const useDraftStore = defineStore('drafts', () => {
  const drafts = ref<RecordDraft[]>([])
  const loaded = ref(false)

  async function refresh(): Promise<void> {
    drafts.value = await draftApi.list()
    loaded.value = true
  }

  /** Refreshes without bothering anyone when it fails: the count is a reminder, not the work itself. */
  async function refreshQuietly(): Promise<void> {
    try {
      await refresh()
    } catch {
      // keep the last known list
    }
  }

  return { drafts, loaded, refresh, refreshQuietly }
})
