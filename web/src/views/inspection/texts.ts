import type { TemplateItem, TemplateSection } from '@/api/inspections'

// Checklists carry their texts in Chinese and English; show the one of the current language.
export const itemText = (item: TemplateItem, locale: string): string => (locale.startsWith('en') && item.textEn ? item.textEn : item.text)
export const sectionTitle = (section: TemplateSection, locale: string): string => (locale.startsWith('en') && section.titleEn ? section.titleEn : section.title)
