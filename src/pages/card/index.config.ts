export default definePageConfig({
  navigationBarTitleText: '报告卡片',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
