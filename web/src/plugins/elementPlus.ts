import type { App, Plugin } from 'vue'
import {
  ElAlert,
  ElAutocomplete,
  ElBadge,
  ElButton,
  ElCard,
  ElCheckbox,
  ElCol,
  ElConfigProvider,
  ElDatePicker,
  ElDescriptions,
  ElDialog,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElIcon,
  ElImage,
  ElInput,
  ElInputNumber,
  ElLoading,
  ElMenu,
  ElPagination,
  ElRadio,
  ElResult,
  ElRow,
  ElSelect,
  ElSwitch,
  ElTable,
  ElTabs,
  ElTag,
  ElTimeline,
  ElTreeSelect,
  ElUpload,
} from 'element-plus'

/**
 * Registers only the Element Plus components the app uses, so the rest stays out of the bundle.
 * Installing a parent also registers its parts (ElForm → ElFormItem, ElSelect → ElOption,
 * ElTable → ElTableColumn, ElMenu → ElMenuItem, ElRadio → ElRadioGroup/ElRadioButton,
 * ElDescriptions → ElDescriptionsItem, ElTabs → ElTabPane). ElLoading brings the v-loading directive.
 * Using a new <el-…> tag in a template? Add its component here.
 */
const plugins: Plugin[] = [
  ElAlert,
  ElAutocomplete,
  ElBadge,
  ElButton,
  ElCard,
  ElCheckbox,
  ElCol,
  ElConfigProvider,
  ElDatePicker,
  ElDescriptions,
  ElDialog,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElIcon,
  ElImage,
  ElInput,
  ElInputNumber,
  ElLoading,
  ElMenu,
  ElPagination,
  ElRadio,
  ElResult,
  ElRow,
  ElSelect,
  ElSwitch,
  ElTable,
  ElTabs,
  ElTag,
  ElTimeline,
  ElTreeSelect,
  ElUpload,
]

export const elementPlus: Plugin = {
  install(app: App) {
    for (const plugin of plugins) app.use(plugin)
  },
}
