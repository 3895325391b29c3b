import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Aim, Checked, UploadFilled } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Watch lists (布控) inside the signed-in layout: entries, the city's approval queue, list imports. */
export const watchRoutes: RouteRecordRaw[] = [
  {
    path: 'watch/entries',
    name: 'watch-entries',
    component: () => import('@/views/watch/WatchEntriesView.vue'),
    meta: { titleKey: 'watch.menu.entries', access: { permission: 'WATCH_READ' }, menu: { testId: 'menu-watch-entries', icon: icon(Aim) } },
  },
  {
    path: 'watch/approvals',
    name: 'watch-approvals',
    component: () => import('@/views/watch/WatchApprovalsView.vue'),
    meta: { titleKey: 'watch.menu.approvals', access: { permission: 'WATCH_APPROVE' }, menu: { testId: 'menu-watch-approvals', icon: icon(Checked) } },
  },
  {
    path: 'watch/imports',
    name: 'watch-imports',
    component: () => import('@/views/watch/WatchImportsView.vue'),
    meta: { titleKey: 'watch.menu.imports', access: { permission: 'WATCH_READ' }, menu: { testId: 'menu-watch-imports', icon: icon(UploadFilled) } },
  },
]
