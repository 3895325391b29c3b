import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Bell, Notification } from '@element-plus/icons-vue'
import { unreadBulletins } from '@/views/bulletin/unreadBulletins'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Bulletins and messages (协查通报, 消息发布) inside the signed-in layout: police pages and the venue's inbox. */
export const bulletinRoutes: RouteRecordRaw[] = [
  {
    path: 'bulletins',
    name: 'bulletins',
    component: () => import('@/views/bulletin/BulletinListView.vue'),
    meta: { titleKey: 'bulletin.menu.list', access: { permission: 'BULLETIN_PUBLISH' }, menu: { testId: 'menu-bulletins', icon: icon(Notification) } },
  },
  {
    path: 'bulletins/new',
    name: 'bulletin-new',
    component: () => import('@/views/bulletin/BulletinPublishView.vue'),
    meta: { titleKey: 'bulletin.publishTitle', access: { permission: 'BULLETIN_PUBLISH' } },
  },
  {
    path: 'bulletins/:id(\\d+)',
    name: 'bulletin-detail',
    component: () => import('@/views/bulletin/BulletinDetailView.vue'),
    meta: { titleKey: 'bulletin.detailTitle', access: { permission: 'BULLETIN_PUBLISH' } },
  },
  {
    path: 'portal/bulletins',
    name: 'portal-bulletins',
    component: () => import('@/views/bulletin/BulletinInboxView.vue'),
    meta: {
      titleKey: 'bulletin.menu.inbox',
      access: { permission: 'ENTERPRISE_PORTAL' },
      menu: { testId: 'menu-portal-bulletins', icon: icon(Bell), badge: unreadBulletins },
    },
  },
  {
    path: 'portal/bulletins/:id(\\d+)',
    name: 'portal-bulletin',
    component: () => import('@/views/bulletin/PortalBulletinView.vue'),
    meta: { titleKey: 'bulletin.detailTitle', access: { permission: 'ENTERPRISE_PORTAL' } },
  },
]

/** The print page stands outside the layout, so it prints without menus; the server decides what it shows. */
export const bulletinPrintRoutes: RouteRecordRaw[] = [
  {
    path: '/print/bulletins/:id(\\d+)',
    name: 'bulletin-print',
    component: () => import('@/views/bulletin/BulletinPrintView.vue'),
    meta: { titleKey: 'bulletin.print' },
  },
]
