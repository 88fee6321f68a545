export default definePageConfig({
  navigationBarTitleText: '政府工作报告',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
