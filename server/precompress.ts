import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** Text assets worth compressing; images are already compressed. */
const COMPRESSIBLE = /\.(js|css|html|json|svg|txt|webmanifest)$/

/**
 * Writes name.br (brotli, best) and name.gz (gzip, best) beside each text asset
 * of the H5 build, once per build, so the server sends them without
 * compressing on every request (@fastify/static's preCompressed).
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
