/**
 * `@tarojs/taro` for component tests: Taro's real H5 APIs (what the H5 build
 * ships) plus the React page hooks, with Taro's React runtime initialised so
 * that hooks such as useLoad and useShareAppMessage work inside jsdom.
 */
import React from 'react'
import ReactDOM from 'react-dom'
import Taro from '@tarojs/plugin-platform-h5/dist/runtime/apis'
import * as reactRuntime from '@tarojs/plugin-framework-react/dist/runtime'

reactRuntime.createH5NativeComponentConfig(() => null, React, ReactDOM)

export * from '@tarojs/plugin-platform-h5/dist/runtime/apis'
export {
  useDidHide,
  useDidShow,
  useLoad,
  usePageScroll,
  useReachBottom,
  useReady,
  useRouter,
  useShareAppMessage,
  useShareTimeline,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
