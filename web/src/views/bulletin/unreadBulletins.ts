import { ref } from 'vue'
import { bulletinApi } from '@/api/bulletins'

/** The venue's unread bulletins, shown as the inbox menu's badge; refreshed when the menu appears and after a read. */
const unread = ref(0)

export const unreadBulletins = {
  count: () => unread.value,
  refresh: async (): Promise<void> => {
    try {
      unread.value = await bulletinApi.unread()
    } catch {
      // A badge that cannot load stays as it was; the inbox itself reports errors.
    }
  },
}
