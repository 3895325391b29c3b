import { onBeforeUnmount, onMounted, type Ref } from 'vue'

const SKIPPED_INPUT_TYPES = ['file', 'hidden', 'radio', 'checkbox', 'button', 'submit']

/** The inputs Enter walks through, in page order: visible, enabled, not marked `data-enter-skip`. */
function stops(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('input, textarea')).filter((el) => {
    const input = el as HTMLInputElement
    if (input.disabled || SKIPPED_INPUT_TYPES.includes(input.type)) return false
    return el.offsetParent !== null && !el.closest('[data-enter-skip]')
  })
}

/**
 * Keyboard-first forms (the front desk): Enter moves to the next field instead of submitting, Ctrl+Enter
 * (⌘+Enter on a Mac) submits from anywhere. A select or autocomplete whose list is open keeps its Enter (it
 * picks the option); an IME composing Chinese keeps its Enter (it confirms the characters); a textarea keeps
 * its Enter for new lines.
 */
export function useEnterNavigation(root: Ref<HTMLElement | null | undefined>, submit: () => void) {
  function focusNext(from: HTMLElement): void {
    const list = stops(root.value!)
    const next = list[list.indexOf(from) + 1]
    if (!next) return
    next.focus()
    if (next instanceof HTMLInputElement && !next.readOnly) next.select()
  }

  function onKeydown(event: KeyboardEvent): void {
    if ((event.key !== 'Enter' && event.key !== 'NumpadEnter') || event.isComposing || event.keyCode === 229) return
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault()
      event.stopPropagation()
      submit()
      return
    }
    const target = event.target as HTMLElement
    if (event.shiftKey || event.altKey || !(target instanceof HTMLInputElement)) return
    if (target.closest('[aria-expanded="true"]')) return
    event.preventDefault()
    // A date picker keeps its Enter, which commits a typed date, and focus moves once it has. Elsewhere focus
    // moves at once, so a clerk typing ahead of the screen lands where the keys meant.
    if (target.closest('.el-date-editor')) {
      setTimeout(() => focusNext(target))
      return
    }
    // A closed select would open on Enter: it should let the clerk move on instead.
    if (target.closest('.el-select, .el-autocomplete')) event.stopPropagation()
    focusNext(target)
  }

  onMounted(() => root.value?.addEventListener('keydown', onKeydown, true))
  onBeforeUnmount(() => root.value?.removeEventListener('keydown', onKeydown, true))
  return { focusNext }
}
