/** WeChat's own tab bar follows WeChat's font size setting: nothing to do here. */
export function applyTypeStepToRoot(_step: number): void {}
