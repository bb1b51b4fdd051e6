import Taro from '@tarojs/taro';

/**
 * Once per launch, before any call; every call then goes through src/services/api.ts. Without an
 * env id the environment chosen in WeChat DevTools (the default one) is used. The H5 build talks
 * to the local runtime over HTTP and has no cloud to start.
 */
export function startCloud(): void {
  if (process.env.TARO_ENV !== 'weapp') return;
  const env = process.env.TARO_APP_CLOUD_ENV;
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
}
