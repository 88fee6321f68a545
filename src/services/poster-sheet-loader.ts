/**
 * H5: the poster sheet (canvas drawing, QR encoder) is fetched only when a
 * reader taps 分享, so a card opened from a link arrives lighter.
 * The mini-program has no async chunks: poster-sheet-loader.weapp.ts imports it directly.
 */
import { lazy } from 'react'

export const PosterSheetLoader = lazy(() =>
  import('../components/poster-sheet').then((module) => ({ default: module.PosterSheet })),
)
