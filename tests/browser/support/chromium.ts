import fs from 'node:fs'

/** Debian's Chromium (apt-get install -y chromium fonts-noto-cjk), or CHROMIUM_PATH. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((candidate): candidate is string => !!candidate && fs.existsSync(candidate))
}

export const MISSING_CHROMIUM_MESSAGE =
  'Browser tests not run: no Chromium found. Install it with `apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH).'

/** The flags this machine needs: no sandbox as root, no background network calls. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
