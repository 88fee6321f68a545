export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/section/index',
    'pages/card/index',
    'pages/search/index',
    'pages/suggest/index',
    'pages/mine/index',
    'pages/paragraph/index',
    'pages/economy/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#B71C1C',
    navigationBarTitleText: '牛塘报告',
    navigationBarTextStyle: 'white',
    backgroundColor: '#FAF8F5',
  },
  tabBar: {
    color: '#5C5C5C',
    selectedColor: '#B71C1C',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '报告',
        iconPath: 'assets/tab/report.png',
        selectedIconPath: 'assets/tab/report-active.png',
      },
      {
        pagePath: 'pages/suggest/index',
        text: '建议',
        iconPath: 'assets/tab/suggest.png',
        selectedIconPath: 'assets/tab/suggest-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
})
