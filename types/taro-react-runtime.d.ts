// Taro's React runtime ships without typings; component tests use these entry points.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type * as React from 'react'
  export function createH5NativeComponentConfig(component: unknown, react: typeof React, reactDOM: unknown): unknown
  export { useDidHide, useDidShow, useLoad, usePageScroll, useReachBottom, useReady, useRouter, useShareAppMessage, useShareTimeline, useUnload } from '@tarojs/taro'
}
