import { ref, shallowRef } from 'vue'
import type { Page, PageRequest } from '@/api/types'
import { notifyError } from '@/utils/notify'

export const PAGE_SIZES = [10, 20, 50, 100]

/**
 * State of one paged server list (users, audit…): the page shown, its size, the total and a loader.
 * `page` counts from 1 as el-pagination does; the server's page counts from 0.
 * The fetcher reads the page's own filters, so callers keep their filter form however they like.
 */
export function usePagedList<T>(fetcher: (paging: PageRequest) => Promise<Page<T>>, initialSize = 20) {
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const totalCapped = ref(false)
  const page = ref(1)
  const size = ref(initialSize)
  const loading = ref(false)
  // A slow answer to an older request must not overwrite a newer one.
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const answer = await fetcher({ page: page.value - 1, size: size.value })
      if (ticket !== latest) return
      items.value = answer.items
      total.value = answer.total
      totalCapped.value = answer.totalCapped === true
    } catch (e) {
      if (ticket === latest) notifyError(e)
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  /** New filters: start again from the first page. */
  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  return { items, total, totalCapped, page, size, loading, load, search }
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>
