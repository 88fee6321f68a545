import Taro from '@tarojs/taro'
import { configuredTemplateIds } from '../feedback/notice-templates'

/**
 * At 提交, inside the tap (WeChat only shows the dialog from a tap): ask the
 * delegate to accept a notice when the suggestion is 交办 and when it is
 * 答复. None configured at build: nothing is asked. A refusal is the
 * delegate's choice and changes nothing else.
 */
export function askForNotices(): void {
  const tmplIds = configuredTemplateIds()
  if (tmplIds.length === 0) return
  // Taro's type merges in the fields of device subscriptions (sn, modelId); a mini-program sends tmplIds only.
  const option = { tmplIds } as unknown as Taro.requestSubscribeMessage.Option
  void Promise.resolve(Taro.requestSubscribeMessage(option)).catch(() => undefined)
}
