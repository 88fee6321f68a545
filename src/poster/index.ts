/** The share poster: text layout, poster layout, QR modules and the Canvas 2D drawing. */
export { wrapText, normalizeText, stripEmoji, type MeasureText, type WrapOptions } from './text-layout'
export {
  layoutPoster,
  formatChange,
  POSTER_WIDTH,
  POSTER_HEIGHT,
  POSTER_COLORS,
  type PosterInput,
  type PosterCode,
  type PosterLayout,
  type PosterOp,
  type PosterFont,
  type PosterMeasure,
  type Box,
} from './poster-layout'
export { qrModules } from './qr'
export { drawPoster, renderPoster, canvasMeasure, fontString, posterFileName, type PosterContext } from './draw-poster'
