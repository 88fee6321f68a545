/** WeChat: the mini-program package holds the whole report; nothing to register. See offline.ts. */
export function registerOfflineReading(): void {}
