import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { tappable } from '../tappable'
import './index.css'

export const DESK_PAGE = '/pages/desk/index'

/** The way into the 人大办 desk, shown under 我的 only to a signed-in staff member (工作人员). */
export function DeskEntry() {
  return (
    <View className='desk-entry' role='link' {...tappable} onClick={() => void Taro.navigateTo({ url: DESK_PAGE })}>
      <Text className='desk-entry__title'>人大办 · 代表建议办理</Text>
      <Text className='desk-entry__hint'>交办、答复、查看满意度与逾期</Text>
    </View>
  )
}
