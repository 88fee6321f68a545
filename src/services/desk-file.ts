/**
 * The desk's .xlsx on H5: the local server's handler answers it inline
 * (base64); the cloud function over CloudBase HTTP access answers a temporary
 * URL. The browser saves it. The WeChat build replaces this file with
 * desk-file.weapp.ts.
 */
import type { ExportAnswer } from './desk'

export async function openExport(file: ExportAnswer): Promise<string | null> {
  if (!file.base64) {
    if (!file.url) return '导出失败，请重试'
    window.open(file.url, '_blank', 'noopener')
    return null
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([bytes], { type: file.contentType }))
  link.download = file.name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  return null
}
