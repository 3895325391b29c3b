import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Notebook, Tickets } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Penalties (处罚) and cases (发案) inside the signed-in layout, for police with the supervision read permission. */
export const enforcementRoutes: RouteRecordRaw[] = [
  {
    path: 'supervision/penalties',
    name: 'penalties',
    component: () => import('@/views/enforcement/PenaltiesView.vue'),
    meta: { titleKey: 'enforcement.menu.penalties', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-penalties', icon: icon(Tickets) } },
  },
  {
    path: 'supervision/cases',
    name: 'cases',
    component: () => import('@/views/enforcement/CasesView.vue'),
    meta: { titleKey: 'enforcement.menu.cases', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-cases', icon: icon(Notebook) } },
  },
]
