export default definePageConfig({ navigationBarTitleText: '报告章节' })
