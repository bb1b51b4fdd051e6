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
      // The catalogue declares values only. Said so, webpack drops the index's re-exports that no
      // page of a package uses, and a part of the catalogue only subpackages import (the 申报书's
      // labels) goes with them instead of into the main package.
      webpackChain(chain) {
        // `set`: webpack-chain's typings lack the rule's sideEffects shorthand.
        chain.module
          .rule('catalogue')
          .test(/[\\/]types[\\/]catalogue[\\/]/)
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
