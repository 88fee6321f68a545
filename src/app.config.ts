export default defineAppConfig({
  // The tab pages stay in the main package; every other page is its own subpackage (rooted
  // at its folder, so its path, e.g. the deep link /pages/card/index, stays the same) and
  // downloads when first opened: the main package stays under the 600 KB budget.
  pages: ['pages/index/index', 'pages/suggest/index', 'pages/mine/index'],
  subPackages: [
    { root: 'pages/section', pages: ['index'] },
    { root: 'pages/card', pages: ['index'] },
    { root: 'pages/search', pages: ['index'] },
    { root: 'pages/paragraph', pages: ['index'] },
    { root: 'pages/economy', pages: ['index'] },
    // 人大办: the secretariat's desk, reached from 我的 by a signed-in staff member only.
    { root: 'pages/desk', pages: ['index'] },
  ],
  // Fetch the reading pages as soon as the cover has shown, so a tap on a tile never waits.
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: ['pages/section', 'pages/card', 'pages/search'],
    },
  },
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
