import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Collection, Document, DocumentCopy, EditPen, Key, Odometer, OfficeBuilding, Postcard, Setting, Shop, User, UserFilled } from '@element-plus/icons-vue'
import { useDraftStore } from '@/stores/drafts'
import type { AccessRule } from './access'
import { venueRoutes } from './venueRoutes'
import { searchRoutes } from './searchRoutes'
import { statsRoutes } from './statsRoutes'
import { complianceRoutes } from './complianceRoutes'
import { alarmRoutes } from './alarmRoutes'
import { watchRoutes } from './watchRoutes'
import { tradeRoutes } from './tradeRoutes'
import { archiveRoutes } from './archiveRoutes'
import { inspectionRoutes } from './inspectionRoutes'
import { enforcementRoutes } from './enforcementRoutes'
import { bulletinPrintRoutes, bulletinRoutes } from './bulletinRoutes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** i18n key of the page title (browser tab). */
    titleKey?: string
    access?: AccessRule
    /** Present when the page has a side-menu entry. */
    menu?: { testId: string; icon: Component; badge?: MenuBadge }
  }
}

/** A number on a menu entry (open drafts…): `refresh` runs when the menu appears, `count` is read reactively. */
export interface MenuBadge {
  count: () => number
  refresh: () => Promise<void>
}

const openDrafts: MenuBadge = {
  count: () => useDraftStore().drafts.length,
  refresh: () => useDraftStore().refreshQuietly(),
}

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Pages inside the signed-in layout, in menu order. */
export const layoutChildren: RouteRecordRaw[] = [
  {
    path: 'dashboard',
    name: 'dashboard',
    component: () => import('@/views/DashboardView.vue'),
    meta: { titleKey: 'menu.dashboard', access: { kinds: ['POLICE', 'ADMIN'] }, menu: { testId: 'menu-dashboard', icon: icon(Odometer) } },
  },
  {
    path: 'portal',
    name: 'portal',
    component: () => import('@/views/PortalView.vue'),
    meta: { titleKey: 'menu.portal', access: { permission: 'ENTERPRISE_PORTAL' }, menu: { testId: 'menu-portal', icon: icon(Shop) } },
  },
  // The hotel front desk (旅馆业前台): enterprise users of a venue.
  {
    path: 'desk/check-in',
    name: 'desk-check-in',
    component: () => import('@/views/desk/CheckInView.vue'),
    meta: { titleKey: 'menu.checkIn', access: { permission: 'ENTERPRISE_PORTAL', venueTrade: 'HOTEL' }, menu: { testId: 'menu-check-in', icon: icon(EditPen) } },
  },
  {
    path: 'desk/in-house',
    name: 'desk-in-house',
    component: () => import('@/views/desk/InHouseView.vue'),
    meta: { titleKey: 'menu.inHouse', access: { permission: 'ENTERPRISE_PORTAL', venueTrade: 'HOTEL' }, menu: { testId: 'menu-in-house', icon: icon(UserFilled) } },
  },
  {
    path: 'desk/drafts',
    name: 'desk-drafts',
    component: () => import('@/views/desk/DraftsView.vue'),
    meta: {
      titleKey: 'menu.drafts',
      access: { permission: 'ENTERPRISE_PORTAL', venueTrade: 'HOTEL' },
      menu: { testId: 'menu-drafts', icon: icon(DocumentCopy), badge: openDrafts },
    },
  },
  {
    path: 'desk/api-keys',
    name: 'desk-api-keys',
    component: () => import('@/views/desk/ApiKeysView.vue'),
    meta: { titleKey: 'menu.apiKeys', access: { permission: 'ENTERPRISE_PORTAL' }, menu: { testId: 'menu-api-keys', icon: icon(Key) } },
  },
  {
    path: 'org/units',
    name: 'units',
    component: () => import('@/views/UnitsView.vue'),
    meta: { titleKey: 'menu.units', access: { permission: 'ORG_READ' }, menu: { testId: 'menu-units', icon: icon(OfficeBuilding) } },
  },
  {
    path: 'admin/users',
    name: 'users',
    component: () => import('@/views/UsersView.vue'),
    meta: { titleKey: 'menu.users', access: { permission: 'USER_READ' }, menu: { testId: 'menu-users', icon: icon(User) } },
  },
  {
    path: 'admin/audit',
    name: 'audit',
    component: () => import('@/views/AuditView.vue'),
    meta: { titleKey: 'menu.audit', access: { permission: 'AUDIT_READ' }, menu: { testId: 'menu-audit', icon: icon(Document) } },
  },
  ...venueRoutes,
  ...searchRoutes,
  ...statsRoutes,
  ...complianceRoutes,
  ...alarmRoutes,
  ...watchRoutes,
  ...tradeRoutes,
  ...bulletinRoutes,
  ...inspectionRoutes,
  ...enforcementRoutes,
  ...archiveRoutes,
  {
    path: 'reference/codes',
    name: 'codes',
    component: () => import('@/views/CodeTablesView.vue'),
    meta: { titleKey: 'menu.codes', access: { kinds: ['POLICE', 'ADMIN'] }, menu: { testId: 'menu-codes', icon: icon(Collection) } },
  },
  {
    // Every signed-in user: front desks check a guest's number here as the police do.
    path: 'reference/id-check',
    name: 'id-check',
    component: () => import('@/views/IdCheckView.vue'),
    meta: { titleKey: 'menu.idCheck', menu: { testId: 'menu-id-check', icon: icon(Postcard) } },
  },
  {
    path: 'account',
    name: 'account',
    component: () => import('@/views/AccountView.vue'),
    meta: { titleKey: 'menu.account', menu: { testId: 'menu-account', icon: icon(Setting) } },
  },
  {
    path: 'forbidden',
    name: 'forbidden',
    component: () => import('@/views/ForbiddenView.vue'),
    meta: { titleKey: 'forbidden.title' },
  },
]

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    // Enterprise self-registration (企业注册), linked from the login page.
    path: '/signup',
    name: 'signup',
    component: () => import('@/views/SignUpView.vue'),
    meta: { public: true, titleKey: 'signup.title' },
  },
  {
    path: '/',
    name: 'home',
    component: () => import('@/layouts/MainLayout.vue'),
    children: layoutChildren,
  },
  ...bulletinPrintRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/NotFoundView.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
]
