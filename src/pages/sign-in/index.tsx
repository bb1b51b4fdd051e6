import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { DemoSignIn } from '../../components/DemoSignIn';
import { PageShell } from '../../components/PageShell';
import { ROUTES } from '../../constants/routes';

/**
 * The local demo sign-in. It exists for the H5 build against the local CloudBase runtime; in the
 * mini-program WeChat supplies the identity, so the page only sends the visitor home: the constant
 * TARO_ENV test drops DemoSignIn and the local session client from the weapp bundle, and
 * DemoSignIn/index.weapp.tsx keeps its stylesheet out as well.
 */
export default function SignInPage() {
  return <PageShell>{process.env.TARO_ENV === 'h5' ? <DemoSignIn /> : <GoHome />}</PageShell>;
}

function GoHome() {
  useEffect(() => {
    void Taro.switchTab({ url: ROUTES.home });
  }, []);
  return <View />;
}
