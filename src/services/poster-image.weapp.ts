/**
 * WeChat: draws the poster on the page's Canvas 2D node (type="2d", sized to
 * the poster's pixels), with the mini-program code from the cloud function
 * when it can be had (WeChat refuses QR codes in images shared to Moments),
 * the QR code of the H5 page otherwise; exports a temp file to show and save.
 */
import Taro from '@tarojs/taro'
import { POSTER_HEIGHT, POSTER_WIDTH, qrModules, renderPoster, type PosterCode } from '../poster'
import { callFeedback } from './feedback-transport'
import { POSTER_CANVAS_ID, type PosterImage, type PosterRequest, type SaveOutcome } from './poster-image-types'
import { cardWebUrl } from './share-link'

export { POSTER_CANVAS_ID, type PosterImage } from './poster-image-types'

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): unknown
  createImage(): { src: string; onload: (() => void) | null; onerror: ((e: unknown) => void) | null }
}

function canvasNode(): Promise<CanvasNode> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${POSTER_CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((result: Array<{ node?: CanvasNode } | null>) => {
        const node = result[0]?.node
        if (node) resolve(node)
        else reject(new Error('画布未就绪，请重试'))
      })
  })
}

/** The mini-program code for the card page (scene = card id), via the cloud function. */
async function miniProgramCode(canvas: CanvasNode, cardId: string): Promise<PosterCode | null> {
  try {
    const answer = await callFeedback({ action: 'wxacode', scene: cardId, page: 'pages/card/index' })
    const body = answer.body as { base64?: string; contentType?: string } | null
    if (answer.status !== 200 || !body?.base64) return null
    const path = `${Taro.env.USER_DATA_PATH}/wxacode-${cardId}.png`
    Taro.getFileSystemManager().writeFileSync(path, body.base64, 'base64')
    const image = canvas.createImage()
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = reject
      image.src = path
    })
    return { kind: 'image', image }
  } catch {
    return null
  }
}

export async function makePosterImage(request: PosterRequest, fileName: string): Promise<PosterImage> {
  const canvas = await canvasNode()
  canvas.width = POSTER_WIDTH
  canvas.height = POSTER_HEIGHT
  const code = (await miniProgramCode(canvas, request.card.id)) ?? {
    kind: 'qr' as const,
    modules: qrModules(cardWebUrl(request.card.id)),
  }
  renderPoster(canvas.getContext('2d') as Parameters<typeof renderPoster>[0], { ...request, code })
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
    fileType: 'png',
    destWidth: POSTER_WIDTH,
    destHeight: POSTER_HEIGHT,
  })
  return { src: tempFilePath, fileName }
}

/** Saves to the album; a refused permission leads to the settings page, with the reason first. */
export async function savePosterImage(image: PosterImage): Promise<SaveOutcome> {
  const settings = await Taro.getSetting()
  const granted = settings.authSetting['scope.writePhotosAlbum']
  if (granted === false) {
    const { confirm } = await Taro.showModal({
      title: '需要相册权限',
      content: '保存分享图需要「添加到相册」权限，请在设置中打开后再保存。',
      confirmText: '去设置',
    })
    if (!confirm) return { ok: false, message: '未获得相册权限，图片未保存' }
    const reopened = await Taro.openSetting()
    if (!reopened.authSetting['scope.writePhotosAlbum']) return { ok: false, message: '未获得相册权限，图片未保存' }
  }
  try {
    await Taro.saveImageToPhotosAlbum({ filePath: image.src })
    return { ok: true, message: '已保存到相册' }
  } catch {
    return { ok: false, message: '图片未保存，请重试' }
  }
}

/** WeChat's own image share menu (send to a chat, Moments, favourites). */
export async function sharePosterImage(image: PosterImage): Promise<SaveOutcome> {
  try {
    await Taro.showShareImageMenu({ path: image.src })
    return { ok: true, message: '已打开分享' }
  } catch {
    return { ok: false, message: '已取消分享' }
  }
}

/** The mini-program saves to the album itself: no long-press hint needed. */
export function canDownloadImage(): boolean {
  return true
}

export function canShareImage(): boolean {
  return true
}

export function releasePosterImage(_image: PosterImage): void {}
