import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { ROUTES } from '../constants/routes';
import type { WhoAmIState } from './useWhoAmI';

/**
 * H5 only: a visitor without a local session (the API answers UNAUTHENTICATED, or whoami has no
 * openid) goes to the demo sign-in. In the mini-program WeChat always supplies the OPENID.
 * Returns true while that redirect is under way.
 */
export function useSessionGuard({ error, data }: Pick<WhoAmIState, 'error' | 'data'>): boolean {
  const signedOut =
    process.env.TARO_ENV === 'h5' && (error?.code === 'UNAUTHENTICATED' || (data !== null && !data.openid));
  useEffect(() => {
    if (signedOut) void Taro.reLaunch({ url: ROUTES.signIn });
  }, [signedOut]);
  return signedOut;
}
