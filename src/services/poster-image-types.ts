/** What both platforms' poster-image services take and give (poster-image.ts, poster-image.weapp.ts). */
import type { PosterInput } from '../poster'

export interface PosterImage {
  /** What an <Image> shows: an object URL on H5, a temp file path on weapp */
  src: string
  fileName: string
  /** The PNG itself, where the platform has it (H5: for download and Web Share) */
  blob?: Blob
}

/** The poster to make: everything but the code, which each platform makes its own way. */
export type PosterRequest = Omit<PosterInput, 'code'>

export type SaveOutcome = { ok: true; message: string } | { ok: false; message: string }

/** The canvas id a page gives its hidden Canvas (only the weapp build draws on it). */
export const POSTER_CANVAS_ID = 'nt-poster-canvas'
