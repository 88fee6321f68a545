import { Canvas, Image, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { posterFileName } from '../../poster/draw-poster'
import type { Card, Figure } from '../../report/types'
import {
  POSTER_CANVAS_ID,
  canDownloadImage,
  canShareImage,
  makePosterImage,
  releasePosterImage,
  savePosterImage,
  sharePosterImage,
  type PosterImage,
} from '../../services/poster-image'
import { siteAddress } from '../../services/web-origin'
import { FullScreenSheet } from '../full-screen-sheet'
import { tappable } from '../tappable'
import './index.css'

export interface PosterSheetProps {
  card: Card
  /** e.g. 上半年工作回顾 · 二、克难求进 */
  partTitle: string
  meeting: string
  date: string
  onClose: () => void
}

/** 生成分享图: pick the card or one of its figures, see the poster, save or share it. */
export function PosterSheet({ card, partTitle, meeting, date, onClose }: PosterSheetProps) {
  const [figure, setFigure] = useState<Figure | undefined>(card.figures[0])
  const [image, setImage] = useState<PosterImage | null>(null)
  const [message, setMessage] = useState<string>('正在生成分享图…')
  // Said plainly when the code leads to an address only the hall's network reaches.
  const [localOnly, setLocalOnly] = useState(false)
  useEffect(() => {
    let cancelled = false
    void siteAddress().then((address) => !cancelled && setLocalOnly(address.reach === 'local-network'))
    return () => {
      cancelled = true
    }
  }, [])

  useEffect(() => {
    let current: PosterImage | null = null
    let cancelled = false
    setImage(null)
    setMessage('正在生成分享图…')
    makePosterImage({ card, figure, partTitle, meeting, date }, posterFileName(card, figure))
      .then((made) => {
        if (cancelled) return releasePosterImage(made)
        current = made
        setImage(made)
        setMessage('')
      })
      .catch((error: unknown) => !cancelled && setMessage(error instanceof Error ? error.message : '图片生成失败，请重试'))
    return () => {
      cancelled = true
      if (current) releasePosterImage(current)
    }
  }, [card, figure, partTitle, meeting, date])

  // Where the image cannot be shared as a file (most desktop browsers), saving is the one action.
  const sharable = canShareImage()
  const downloads = canDownloadImage()
  const act = async (action: 'save' | 'share') => {
    if (!image) return
    const outcome = action === 'save' ? await savePosterImage(image) : await sharePosterImage(image, card.title)
    setMessage(outcome.message)
  }

  return (
    <FullScreenSheet title='生成分享图' onClose={onClose}>
      {card.figures.length > 0 && (
        <View className='poster-sheet__choices' role='group' aria-label='图中突出的数字'>
          {card.figures.slice(0, 6).map((candidate) => (
            <View
              key={candidate.id}
              className={`poster-sheet__choice${candidate.id === figure?.id ? ' poster-sheet__choice--on' : ''}`}
              role='button'
              {...tappable}
              aria-pressed={candidate.id === figure?.id}
              onClick={() => setFigure(candidate)}
            >
              {candidate.label} {candidate.text}
            </View>
          ))}
          <View
            className={`poster-sheet__choice${figure ? '' : ' poster-sheet__choice--on'}`}
            role='button'
            {...tappable}
            aria-pressed={!figure}
            onClick={() => setFigure(undefined)}
          >
            只用文字
          </View>
        </View>
      )}

      <View className='poster-sheet__actions'>
        <View
          className={`poster-sheet__action${sharable ? '' : ' poster-sheet__action--primary'}`}
          role='button'
          {...tappable}
          aria-disabled={!image}
          onClick={() => void act('save')}
        >
          保存图片
        </View>
        {sharable ? (
          <View
            className='poster-sheet__action poster-sheet__action--primary'
            role='button'
            {...tappable}
            aria-disabled={!image}
            onClick={() => void act('share')}
          >
            分享图片
          </View>
        ) : null}
      </View>

      {message && (
        <Text className='poster-sheet__message' aria-live='polite'>
          {message}
        </Text>
      )}
      {localOnly ? (
        <Text className='poster-sheet__note'>
          此二维码只能在会场网络内打开：管理员设置公网地址（PUBLIC_URL）后，会场外也能扫码阅读。
        </Text>
      ) : null}
      {downloads ? null : <Text className='poster-sheet__note poster-sheet__note--save'>长按图片保存</Text>}
      <View className='poster-sheet__preview'>
        {image ? (
          <Image className='poster-sheet__image' src={image.src} mode='widthFix' aria-label={`分享图：${card.title}`} />
        ) : (
          <View className='poster-sheet__placeholder' />
        )}
      </View>

      {/* The mini-program draws on this Canvas 2D node; the H5 build draws off-screen and never uses it. */}
      <Canvas type='2d' id={POSTER_CANVAS_ID} canvasId={POSTER_CANVAS_ID} className='poster-sheet__canvas' />
    </FullScreenSheet>
  )
}
