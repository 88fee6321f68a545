/**
 * `@tarojs/taro` for component tests: Taro's real H5 APIs (what the H5 build
 * ships) plus the React page hooks, with Taro's React runtime initialised so
 * that hooks such as useLoad and useShareAppMessage work inside jsdom.
 */
import React from 'react'
import ReactDOM from 'react-dom'
import * as h5Apis from '@tarojs/plugin-platform-h5/dist/runtime/apis'
import * as reactRuntime from '@tarojs/plugin-framework-react/dist/runtime'

reactRuntime.createH5NativeComponentConfig(() => null, React, ReactDOM)

// The build turns `Taro.setStorageSync` into the named API (babel-plugin-transform-taroapi);
// here the default export carries every named API instead.
const Taro = { ...h5Apis, ...h5Apis.default }

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
