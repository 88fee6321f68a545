/**
 * H5 has no subscription notices: nothing to ask for. The WeChat build
 * replaces this file with notice-subscription.weapp.ts.
 */
export function askForNotices(): void {}
