/** The mini-program has no links with script URLs (see script-links.ts). */
export function cancelScriptLinks(): void {}
