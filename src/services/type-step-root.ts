/**
 * H5: Taro draws the tab bar outside every page, so the page's type-step class
 * cannot reach it; the step is also set on <html> (data-type-step) for app.css
 * to scale the tab labels. WeChat draws its own tab bar: see type-step-root.weapp.ts.
 */
export function applyTypeStepToRoot(step: number): void {
  if (typeof document === 'undefined') return
  document.documentElement.setAttribute('data-type-step', String(step))
}
