/** WeChat has no page origin: the public H5 site configured at build time (H5_BASE_URL). */
declare const H5_BASE_URL: string

export function webOrigin(): string {
  return H5_BASE_URL || 'https://niutang.example.cn'
}
