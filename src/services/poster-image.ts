/**
 * H5: draws the poster on an off-screen canvas at full size (1125×1800) and
 * hands back a PNG (blob and object URL) to show, save and share.
 * See poster-image.weapp.ts for the mini-program's Canvas 2D node.
 */
import { POSTER_HEIGHT, POSTER_WIDTH, qrModules, renderPoster } from '../poster'
import type { PosterImage, PosterRequest, SaveOutcome } from './poster-image-types'
import { cardWebUrl } from './share-link'
import { siteAddress } from './web-origin'

export { POSTER_CANVAS_ID, type PosterImage } from './poster-image-types'

export async function makePosterImage(request: PosterRequest, fileName: string): Promise<PosterImage> {
  const canvas = document.createElement('canvas')
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('此浏览器无法生成图片')
  const { origin } = await siteAddress()
  renderPoster(ctx, { ...request, code: { kind: 'qr', modules: qrModules(cardWebUrl(request.card.id, origin)) } })
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
  if (!blob) throw new Error('图片生成失败，请重试')
  return { src: URL.createObjectURL(blob), fileName, blob }
}

/** H5 has no album: the image is downloaded (on phones the browser offers to save it). */
export async function savePosterImage(image: PosterImage): Promise<SaveOutcome> {
  if (!canDownloadImage()) return { ok: false, message: '请长按上方图片，选择「保存图片」' }
  const link = document.createElement('a')
  link.href = image.src
  link.download = image.fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  return { ok: true, message: '图片已开始下载' }
}

/** The Web Share API with the file where the browser has it; otherwise a download. */
export async function sharePosterImage(image: PosterImage, title: string): Promise<SaveOutcome> {
  const file = image.blob ? new File([image.blob], image.fileName, { type: 'image/png' }) : undefined
  const nav = navigator as Navigator & { canShare?: (data: ShareData) => boolean }
  if (file && nav.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title })
      return { ok: true, message: '已打开分享' }
    } catch (error) {
      if ((error as DOMException)?.name === 'AbortError') return { ok: false, message: '已取消分享' }
    }
  }
  return savePosterImage(image)
}

/**
 * Whether a download link saves the image here. WeChat's in-app browser ignores
 * downloads: there the reader long-presses the image (长按图片保存).
 */
export function canDownloadImage(): boolean {
  return typeof navigator === 'undefined' || !/MicroMessenger/i.test(navigator.userAgent)
}

/** Whether this browser can share an image file (to label the button honestly). */
export function canShareImage(): boolean {
  const nav = navigator as Navigator & { canShare?: (data: ShareData) => boolean }
  return typeof nav.share === 'function' && typeof nav.canShare === 'function'
}

export function releasePosterImage(image: PosterImage): void {
  URL.revokeObjectURL(image.src)
}
