import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/**
 * Taro build configuration for 站务通.
 *
 * - `weapp` builds into `dist/` (project.config.json's `miniprogramRoot`);
 * - `h5` builds into `dist-h5/`, served by the local CloudBase runtime at `/`.
 *
 * The whole app is designed at 375 px wide, the width NutUI React is drawn at, so one
 * design width serves our styles and the library's alike (16px → 32rpx on weapp).
 */
export default defineConfig<'webpack5'>((_merge, { command }) => {
  const isH5 = process.env.TARO_ENV === 'h5';
  // The catalogue in types/ is imported as values (lists, labels, limits), so Taro compiles it as it does src/.
  const compile = { include: [path.resolve(__dirname, '..', 'types')] };
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'zhanwutong',
    date: '2026-11-25',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist-h5' : 'dist',
    framework: 'react',
    // WeChat templates cannot recurse, so Taro writes each element's template once per nesting level
    // into the main package's base.wxml (16 by default, 61 KB). Our deepest pages nest 11 levels (the
    // homes, measured in the browser build); anything deeper still renders, through Taro's `comp`.
    baseLevel: 12,
    compiler: {
      type: 'webpack5',
      // NutUI is imported per component; pre-bundling it would pull in the whole library.
      prebundle: { enable: false },
    },
    cache: { enable: false },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    env: {
      // The CloudBase environment id, baked in at build time: TARO_APP_CLOUD_ENV=<env id> npm run build:weapp.
      // Empty means the environment selected in WeChat DevTools (the default one).
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    plugins: [],
    logger: { quiet: command === 'build', stats: false },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // NutUI's per-component stylesheets arrive in import order; their order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      optimizeMainPackage: { enable: true },
      // The catalogue's modules are data without side effects: a list used only by a subpackage
      // (the 申报书's sections and expense categories) then goes with that subpackage, rather
      // than into the main package through the catalogue's index.
      webpackChain(chain) {
        chain.module
          .rule('catalogue-data')
          .test(/[\\/]types[\\/]catalogue[\\/].+\.ts$/)
          // Rule.sideEffects(), which webpack-chain's typings leave out.
          .set('sideEffects', false);
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      esnextModules: ['@nutui/nutui-react-taro'],
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };
  return config;
});
