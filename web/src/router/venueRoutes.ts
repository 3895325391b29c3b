import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { Avatar, House, Stamp } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Venue and staff pages inside the signed-in layout (police console and enterprise portal), in menu order. */
export const venueRoutes: RouteRecordRaw[] = [
  {
    path: 'portal/staff',
    name: 'portal-staff',
    component: () => import('@/views/PortalStaffView.vue'),
    meta: { titleKey: 'venue.menu.portalStaff', access: { permission: 'ENTERPRISE_PORTAL' }, menu: { testId: 'menu-portal-staff', icon: icon(Avatar) } },
  },
  {
    path: 'venues',
    name: 'venues',
    component: () => import('@/views/VenuesView.vue'),
    meta: { titleKey: 'venue.menu.venues', access: { permission: 'VENUE_READ' }, menu: { testId: 'menu-venues', icon: icon(House) } },
  },
  {
    path: 'venues/reviews',
    name: 'venue-reviews',
    component: () => import('@/views/VenueReviewView.vue'),
    meta: { titleKey: 'venue.menu.reviews', access: { permission: 'VENUE_REVIEW' }, menu: { testId: 'menu-venue-reviews', icon: icon(Stamp) } },
  },
  {
    path: 'venues/:id(\\d+)',
    name: 'venue-detail',
    component: () => import('@/views/VenueDetailView.vue'),
    meta: { titleKey: 'venue.menu.venues', access: { permission: 'VENUE_READ' } },
  },
  {
    path: 'staff',
    name: 'staff',
    component: () => import('@/views/StaffSearchView.vue'),
    meta: { titleKey: 'venue.menu.staff', access: { permission: 'STAFF_READ' }, menu: { testId: 'menu-staff', icon: icon(Avatar) } },
  },
]
