import { createRouter, createWebHistory } from 'vue-router'
import { setUnauthorizedHandler } from '@/api/http'
import { useSessionStore } from '@/stores/session'
import { canAccess } from './access'
import { routes } from './routes'

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
})

/** Whether the stored token still names a user; a server that cannot answer counts as "no". */
async function signedIn(): Promise<boolean> {
  try {
    return await useSessionStore().restore()
  } catch {
    return false
  }
}

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (to.meta.public) {
    // A signed-in user has nothing to do on the login page.
    if (to.name === 'login' && (await signedIn())) return session.homePath
    return true
  }
  if (!(await signedIn())) return { name: 'login', query: { redirect: to.fullPath } }
  // "/" itself is only the layout: send each kind of user to their own start page.
  if (to.name === 'home') return session.homePath
  if (to.meta.access && !canAccess(session.me, to.meta.access)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

// Any call that finds the session gone (401) brings the user back to the login page, then back here.
setUnauthorizedHandler(() => {
  const session = useSessionStore()
  session.clear()
  const current = router.currentRoute.value
  if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } })
})
