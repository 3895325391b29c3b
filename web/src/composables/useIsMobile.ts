import { onBeforeUnmount, ref } from 'vue'

/** Below this width the side menu becomes a drawer (a phone held upright). */
export const MOBILE_MAX_WIDTH = 767

export function useIsMobile() {
  const query = window.matchMedia(`(max-width: ${MOBILE_MAX_WIDTH}px)`)
  const isMobile = ref(query.matches)
  const update = (event: MediaQueryListEvent) => (isMobile.value = event.matches)
  query.addEventListener('change', update)
  onBeforeUnmount(() => query.removeEventListener('change', update))
  return isMobile
}
