import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startOutbox } from './services/outbox';
import './app.scss';

if (process.env.TARO_ENV === 'weapp') {
  // Once per launch; every call then goes through src/services/api.ts.
  // Without an env id the environment chosen in WeChat DevTools (the default one) is used.
  const env = process.env.TARO_APP_CLOUD_ENV;
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
}

// Check-ins and check-outs kept while offline go out as soon as the network returns.
startOutbox();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
