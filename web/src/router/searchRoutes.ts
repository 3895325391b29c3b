import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Search } from '@element-plus/icons-vue'

const icon = (c: Component) => markRaw(c)

/** Person search (人员查询) and trajectories (轨迹): police within their scope, a venue within itself. */
export const searchRoutes: RouteRecordRaw[] = [
  {
    path: 'search/parties',
    name: 'party-search',
    component: () => import('@/views/search/PartySearchView.vue'),
    meta: { titleKey: 'search.menu.parties', access: { permission: 'RECORD_READ' }, menu: { testId: 'menu-party-search', icon: icon(Search) } },
  },
  {
    path: 'search/trajectory',
    name: 'trajectory',
    component: () => import('@/views/search/TrajectoryView.vue'),
    meta: { titleKey: 'search.menu.trajectory', access: { permission: 'RECORD_READ' } },
  },
]
