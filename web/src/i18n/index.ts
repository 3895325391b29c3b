import { createI18n } from 'vue-i18n'
import zhCN, { type MessageSchema } from './zh-CN'
import en from './en'

export type AppLocale = 'zh-CN' | 'en'
export const SUPPORTED_LOCALES: readonly AppLocale[] = ['zh-CN', 'en']
export const DEFAULT_LOCALE: AppLocale = 'zh-CN'

/** localStorage key: the language choice outlives the session, unlike the token. */
export const LOCALE_STORAGE_KEY = 'zhian.locale'

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

function storedLocale(): AppLocale {
  const value = localStorage.getItem(LOCALE_STORAGE_KEY)
  return isAppLocale(value) ? value : DEFAULT_LOCALE
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, en },
})

/** The language the API is asked to answer in (Accept-Language). */
export function currentLocale(): AppLocale {
  return i18n.global.locale.value
}
