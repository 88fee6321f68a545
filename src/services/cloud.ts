/** H5 has no WeChat cloud: nothing to initialise. See cloud.weapp.ts. */
export function initCloud(): void {}
