import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/**
 * Hashed text assets (name.0123abcd.js): their content never changes under
 * their name, so a compressed copy can never go stale. index.html and sw.js
 * change in place with each build and are compressed per request instead.
 */
const COMPRESSIBLE = /\.[0-9a-f]{8}\.(js|css|json|svg)$/

/**
 * Writes name.br (brotli, best) and name.gz (gzip, best) beside each hashed
 * text asset of the H5 build, once per build, so the server sends them
 * without compressing on every request (@fastify/static's preCompressed).
 */
export function precompressAssets(dir: string): { files: number; written: number } {
  let files = 0
  let written = 0
  const visit = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) {
        visit(file)
        continue
      }
      if (/\.(br|gz)$/.test(entry.name)) {
        // A compressed copy of a file that changes in place (an older server wrote it) would go stale.
        if (!COMPRESSIBLE.test(entry.name.slice(0, -3))) fs.rmSync(file)
        continue
      }
      if (!COMPRESSIBLE.test(entry.name)) continue
      files++
      const source = fs.statSync(file)
      const content = fs.readFileSync(file)
      const variants: Array<[string, () => Buffer]> = [
        [`${file}.br`, () => zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })],
        [`${file}.gz`, () => zlib.gzipSync(content, { level: 9 })],
      ]
      for (const [target, compress] of variants) {
        const existing = fs.statSync(target, { throwIfNoEntry: false })
        if (existing && existing.mtimeMs >= source.mtimeMs) continue
        fs.writeFileSync(target, compress())
        written++
      }
    }
  }
  if (fs.existsSync(dir)) visit(dir)
  return { files, written }
}
