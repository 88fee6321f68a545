export default definePageConfig({ navigationBarTitleText: '经济运行' })
