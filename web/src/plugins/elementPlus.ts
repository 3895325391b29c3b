import type { App, Plugin } from 'vue'
import {
  ElAlert,
  ElButton,
  ElCard,
  ElCol,
  ElConfigProvider,
  ElDatePicker,
  ElDescriptions,
  ElDialog,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElIcon,
  ElInput,
  ElLoading,
  ElMenu,
  ElPagination,
  ElRadio,
  ElResult,
  ElRow,
  ElSelect,
  ElSwitch,
  ElTable,
  ElTag,
  ElTreeSelect,
  // venue and staff pages
  ElTabs,
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
  ElButton,
  ElCard,
  ElCol,
  ElConfigProvider,
  ElDatePicker,
  ElDescriptions,
  ElDialog,
  ElDrawer,
  ElEmpty,
  ElForm,
  ElIcon,
  ElInput,
  ElLoading,
  ElMenu,
  ElPagination,
  ElRadio,
  ElResult,
  ElRow,
  ElSelect,
  ElSwitch,
  ElTable,
  ElTag,
  ElTreeSelect,
  // venue and staff pages
  ElTabs,
]

export const elementPlus: Plugin = {
  install(app: App) {
    for (const plugin of plugins) app.use(plugin)
  },
}
