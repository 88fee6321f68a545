/** WeChat has no address bar: a page's own state is all there is. */
export function replacePageAddress(_url: string): void {}
