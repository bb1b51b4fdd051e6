// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// NutUI React Taro is imported one component at a time, each with its own compiled stylesheet
// (the whole library's stylesheet would add ~234 KB to the main package).
const NUTUI = '@nutui/nutui-react-taro';
const nutuiDir = (name) => `${NUTUI}/dist/es/packages/${name.toLowerCase()}`;

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: NUTUI,
        camel2DashComponentName: false,
        customName: (name) => nutuiDir(name),
        customStyleName: (name) => `${nutuiDir(name)}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
};
