/** WeChat: bundled with the card page (see poster-sheet-loader.ts for H5). */
export { PosterSheet as PosterSheetLoader } from '../components/poster-sheet'
