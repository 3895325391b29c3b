import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { FolderOpened } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** 一所一档: one police station's supervision on one page. */
export const archiveRoutes: RouteRecordRaw[] = [
  {
    // The reader's own station, or the first one within scope.
    path: 'station-archive',
    name: 'station-archive',
    component: () => import('@/views/supervision/StationArchiveView.vue'),
    meta: { titleKey: 'archive.title', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-station-archive', icon: icon(FolderOpened) } },
  },
  {
    path: 'station-archive/:unitId(\\d+)',
    name: 'station-archive-of',
    component: () => import('@/views/supervision/StationArchiveView.vue'),
    meta: { titleKey: 'archive.title', access: { permission: 'SUPERVISION_READ' } },
  },
]
