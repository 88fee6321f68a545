import Taro from '@tarojs/taro'

/**
 * Brings a form field (FormField with `name`) into view and puts the cursor in
 * it, so the reader sees at once what to fix. H5 focuses the native field; on
 * weapp (field-focus.weapp.ts) the page scrolls and the message says what to do.
 */
export function revealField(name: string): void {
  // A page that is not on screen cannot scroll: nothing to do then.
  Taro.pageScrollTo({ selector: `#field-${name}`, offsetTop: -16, duration: 200 }).catch(() => undefined)
  if (typeof document === 'undefined') return
  const field = document.querySelector<HTMLElement>(`#field-${name} input, #field-${name} textarea, #field-${name} [role="button"]`)
  field?.focus({ preventScroll: true })
}

/** Back to the top of the page (a receipt opens at its top). */
export function scrollToTop(): void {
  Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
}
