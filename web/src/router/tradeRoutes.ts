import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { EditPen, Tickets, Warning } from '@element-plus/icons-vue'

const icon = (c: Component) => markRaw(c)

/**
 * The record trades (pawn, repair, scrap metal…): the generic entry of the venue's trade, the record query of
 * every trade (police in their scope, a venue its own), one record's printable sheet, suspicious-situation
 * reports.
 */
export const tradeRoutes: RouteRecordRaw[] = [
  {
    path: 'entry',
    name: 'record-entry',
    component: () => import('@/views/entry/RecordEntryView.vue'),
    meta: { titleKey: 'menu.recordEntry', access: { permission: 'ENTERPRISE_PORTAL', venueTrade: 'RECORD' }, menu: { testId: 'menu-record-entry', icon: icon(EditPen) } },
  },
  {
    path: 'records',
    name: 'records',
    component: () => import('@/views/records/RecordsView.vue'),
    meta: { titleKey: 'menu.records', access: { permission: 'RECORD_READ' }, menu: { testId: 'menu-records', icon: icon(Tickets) } },
  },
  {
    path: 'records/:id(\\d+)',
    name: 'record-sheet',
    component: () => import('@/views/records/RecordSheetView.vue'),
    meta: { titleKey: 'menu.records', access: { permission: 'RECORD_READ' } },
  },
  {
    path: 'suspicions',
    name: 'suspicions',
    component: () => import('@/views/suspicion/SuspicionsView.vue'),
    meta: { titleKey: 'menu.suspicions', access: { permission: 'RECORD_READ' }, menu: { testId: 'menu-suspicions', icon: icon(Warning) } },
  },
]
