// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// NutUI is imported per component (JS and CSS): its full stylesheet is ~230 KB,
// and its package moved the per-component modules to dist/es/packages/<name>.
// Only named imports work with this plugin (`import * as X` is undefined at run time).
const nutuiPackages = '@nutui/nutui-react-taro/dist/es/packages'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `${nutuiPackages}/${name.toLowerCase()}`,
        customStyleName: (name) => `${nutuiPackages}/${name.toLowerCase()}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
