import { markRaw, type Component } from 'vue'
import type { RouteRecordRaw } from 'vue-router'
import { AlarmClock, Histogram, Message } from '@element-plus/icons-vue'

// Icons live in route meta, which the router exposes reactively: markRaw keeps Vue from proxying them.
const icon = (c: Component) => markRaw(c)

/** Alarms (报警处理) inside the signed-in layout: the inbox, one alarm, the monthly report, SMS administration. */
export const alarmRoutes: RouteRecordRaw[] = [
  {
    path: 'alarms',
    name: 'alarms',
    component: () => import('@/views/alarm/AlarmInboxView.vue'),
    meta: { titleKey: 'alarm.menu.inbox', access: { permission: 'ALARM_READ' }, menu: { testId: 'menu-alarms', icon: icon(AlarmClock) } },
  },
  {
    path: 'alarms/:id(\\d+)',
    name: 'alarm-detail',
    component: () => import('@/views/alarm/AlarmDetailView.vue'),
    meta: { titleKey: 'alarm.menu.inbox', access: { permission: 'ALARM_READ' } },
  },
  {
    path: 'alarms/reports',
    name: 'alarm-reports',
    component: () => import('@/views/alarm/AlarmReportsView.vue'),
    meta: { titleKey: 'alarm.menu.reports', access: { permission: 'ALARM_REPORT' }, menu: { testId: 'menu-alarm-reports', icon: icon(Histogram) } },
  },
  {
    path: 'alarms/sms',
    name: 'alarm-sms',
    component: () => import('@/views/alarm/SmsOutboxView.vue'),
    meta: { titleKey: 'alarm.menu.sms', access: { permission: 'ALARM_ADMIN' }, menu: { testId: 'menu-alarm-sms', icon: icon(Message) } },
  },
]
