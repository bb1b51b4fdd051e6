/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** The platform being built, replaced at build time so the other platform's code is dropped. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'quickapp';
    /** The CloudBase environment id baked into the weapp build (empty: DevTools' default). */
    TARO_APP_CLOUD_ENV?: string;
  }
}
