import Taro from '@tarojs/taro'

/** WeChat: the network status API reports when the phone is connected again. */
export function onNetworkRestored(callback: () => void): () => void {
  const listener = (result: { isConnected: boolean }) => {
    if (result.isConnected) callback()
  }
  Taro.onNetworkStatusChange(listener)
  return () => Taro.offNetworkStatusChange(listener)
}
