import Taro from '@tarojs/taro'
import { replacePageAddress } from './page-address'

/**
 * The code and pin a 代表证 slip's QR code carries (`?code=…&pin=…` on 提建议),
 * taken once: the address is rewritten without them, so the pin stays out of
 * the history and of any link copied from the address bar.
 */
let lastTaken = ''

export function takeSlipCredentials(): { code: string; pin: string } | null {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const code = typeof params.code === 'string' ? decodeURIComponent(params.code) : ''
  const pin = typeof params.pin === 'string' ? decodeURIComponent(params.pin) : ''
  // The page's params outlive the rewritten address: each slip is taken once.
  if ((!code && !pin) || `${code}\n${pin}` === lastTaken) return null
  lastTaken = `${code}\n${pin}`
  replacePageAddress('/pages/suggest/index')
  return { code, pin }
}
