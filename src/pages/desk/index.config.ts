export default definePageConfig({ navigationBarTitleText: '人大办' })
