import { defineStore } from 'pinia'
import { computed } from 'vue'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import enEp from 'element-plus/es/locale/lang/en'
import { i18n, LOCALE_STORAGE_KEY, type AppLocale } from '@/i18n'

const elementLocales = { 'zh-CN': zhCn, en: enEp } as const

/** The UI language: vue-i18n's locale, Element Plus's locale and <html lang>, kept in step and remembered. */
export const useLocaleStore = defineStore('locale', () => {
  const locale = computed(() => i18n.global.locale.value)
  const elementLocale = computed(() => elementLocales[locale.value])

  function setLocale(value: AppLocale): void {
    i18n.global.locale.value = value
    localStorage.setItem(LOCALE_STORAGE_KEY, value)
    document.documentElement.lang = value
  }

  function toggle(): void {
    setLocale(locale.value === 'zh-CN' ? 'en' : 'zh-CN')
  }

  document.documentElement.lang = locale.value
  return { locale, elementLocale, setLocale, toggle }
})
