import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import './styles/main.css'
import App from './App.vue'
import { i18n } from './i18n'
import { elementPlus } from './plugins/elementPlus'
import { router } from './router'
import { useSystemStore } from './stores/system'

const app = createApp(App)
app.use(createPinia())
app.use(i18n)
app.use(elementPlus)
app.use(router)

// The demo flag is wanted on every page, the login page included, so ask once at start-up.
void useSystemStore().load()

app.mount('#app')
