/** H5: the configured public site (H5_BASE_URL at build time), else this page's own origin. */
declare const H5_BASE_URL: string

export function webOrigin(): string {
  return H5_BASE_URL || (typeof location !== 'undefined' ? location.origin : '')
}
