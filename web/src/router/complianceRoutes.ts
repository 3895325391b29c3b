import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { DataAnalysis } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Upload compliance (建设运行管理) inside the signed-in layout: the police console's page. */
export const complianceRoutes: RouteRecordRaw[] = [
  {
    path: 'compliance',
    name: 'compliance',
    component: () => import('@/views/ComplianceView.vue'),
    meta: { titleKey: 'compliance.menu', access: { permission: 'COMPLIANCE_READ' }, menu: { testId: 'menu-compliance', icon: icon(DataAnalysis) } },
  },
]
