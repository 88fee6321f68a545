/**
 * The poster's fallback code: a QR code of the card's H5 URL as a matrix of
 * modules, drawn as filled rectangles so the same code works on the weapp
 * Canvas 2D node and an H5 canvas without loading an image.
 */
import { encode } from 'uqr'

/** Light modules kept around the symbol; the QR standard asks for four. */
export const QUIET_ZONE_MODULES = 4

/**
 * Modules of the QR code for `url`, quiet zone included (`true` is dark).
 * Error correction M survives a poster that is slightly compressed or creased.
 */
export function qrModules(url: string): boolean[][] {
  return encode(url, { ecc: 'M', border: QUIET_ZONE_MODULES }).data
}
