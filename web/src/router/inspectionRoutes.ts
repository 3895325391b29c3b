import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Checked, Finished, Memo, Notebook, SetUp, Tickets } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/**
 * 治安检查 and 整改 inside the signed-in layout. Police: due list, inspect (phone-sized), history, tasks,
 * rectification notices, checklists. Venues: their notices (answer them) and their inspection history.
 * Detail pages carry no permission rule: the server answers only what is within the reader's scope.
 */
export const inspectionRoutes: RouteRecordRaw[] = [
  {
    path: 'inspections/due',
    name: 'inspection-due',
    component: () => import('@/views/inspection/InspectionDueView.vue'),
    meta: { titleKey: 'inspection.menu.due', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-inspection-due', icon: icon(Checked) } },
  },
  {
    path: 'inspections/new/:venueId(\\d+)',
    name: 'inspection-new',
    component: () => import('@/views/inspection/InspectView.vue'),
    meta: { titleKey: 'inspection.inspect.title', access: { permission: 'INSPECTION_MANAGE' } },
  },
  {
    path: 'inspections',
    name: 'inspections',
    component: () => import('@/views/inspection/InspectionListView.vue'),
    meta: { titleKey: 'inspection.menu.history', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-inspections', icon: icon(Notebook) } },
  },
  {
    path: 'inspections/:id(\\d+)',
    name: 'inspection-detail',
    component: () => import('@/views/inspection/InspectionDetailView.vue'),
    meta: { titleKey: 'inspection.detail.title' },
  },
  {
    path: 'rectifications',
    name: 'rectifications',
    component: () => import('@/views/inspection/RectificationListView.vue'),
    meta: { titleKey: 'inspection.menu.rectifications', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-rectifications', icon: icon(Tickets) } },
  },
  {
    path: 'rectifications/:id(\\d+)',
    name: 'rectification-detail',
    component: () => import('@/views/inspection/RectificationDetailView.vue'),
    meta: { titleKey: 'inspection.rectification.title' },
  },
  {
    path: 'inspection-tasks',
    name: 'inspection-tasks',
    component: () => import('@/views/inspection/InspectionTasksView.vue'),
    meta: { titleKey: 'inspection.menu.tasks', access: { permission: 'SUPERVISION_READ' }, menu: { testId: 'menu-inspection-tasks', icon: icon(Finished) } },
  },
  {
    path: 'inspection-templates',
    name: 'inspection-templates',
    component: () => import('@/views/inspection/InspectionTemplatesView.vue'),
    meta: { titleKey: 'inspection.menu.templates', access: { permission: 'INSPECTION_CONFIGURE' }, menu: { testId: 'menu-inspection-templates', icon: icon(SetUp) } },
  },
  {
    path: 'portal/rectifications',
    name: 'portal-rectifications',
    component: () => import('@/views/inspection/RectificationListView.vue'),
    meta: { titleKey: 'inspection.menu.portalRectifications', access: { permission: 'ENTERPRISE_PORTAL' }, menu: { testId: 'menu-portal-rectifications', icon: icon(Tickets) } },
  },
  {
    path: 'portal/inspections',
    name: 'portal-inspections',
    component: () => import('@/views/inspection/InspectionListView.vue'),
    meta: { titleKey: 'inspection.menu.portalHistory', access: { permission: 'ENTERPRISE_PORTAL' }, menu: { testId: 'menu-portal-inspections', icon: icon(Memo) } },
  },
]
