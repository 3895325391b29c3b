import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Statistics pages inside the signed-in layout (police console), in menu order. */
export const statsRoutes: RouteRecordRaw[] = [
  {
    path: 'stats',
    name: 'stats',
    component: () => import('@/views/StatsView.vue'),
    meta: { titleKey: 'stats.title', access: { permission: 'STATS_READ' }, menu: { testId: 'menu-stats', icon: icon(DataAnalysis) } },
  },
]
