import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import { ROUTES } from '../../constants/routes';
import { forgetWhoAmI } from '../../hooks/useWhoAmI';
import { listDemoUsers, signIn, type DemoUser } from '../../services/localSession';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import './index.scss';

/** H5 only: pick one of the local runtime's demo users and act as them. */
export function DemoSignIn() {
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setUsers(null);
    const result = await listDemoUsers();
    if (result.ok) setUsers(result.data);
    else setError(result.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (user: DemoUser) => {
    if (pending) return;
    setPending(user.openid);
    const result = await signIn(user.openid);
    setPending(null);
    if (result.ok) {
      forgetWhoAmI();
      void Taro.reLaunch({ url: ROUTES.home });
    } else void Taro.showToast({ title: result.message, icon: 'none' });
  };

  return (
    <View className="demo-sign-in">
      <View className="demo-sign-in__header">
        <Text className="demo-sign-in__brand">站务通</Text>
        <Text className="demo-sign-in__subtitle">科创中国 · 贵阳学会产业科技服务工作站</Text>
        <Text className="demo-sign-in__lead">本地演示环境：选择一位演示用户登录，体验不同身份看到的内容。</Text>
      </View>
      {error ? (
        <View className="demo-sign-in__error">
          <ErrorState message={error} onRetry={() => void load()} />
        </View>
      ) : users === null ? (
        <LoadingState cards={3} />
      ) : users.length === 0 ? (
        <View className="demo-sign-in__error">
          <Text>本地环境没有演示用户。</Text>
        </View>
      ) : (
        <View className="demo-sign-in__list">
          {users.map((user) => (
            <View
              key={user.openid}
              className={`demo-sign-in__user${pending === user.openid ? ' demo-sign-in__user--pending' : ''}`}
              onClick={() => void choose(user)}
            >
              <View className="demo-sign-in__avatar">
                <Text>{avatarText(user.label)}</Text>
              </View>
              <View className="demo-sign-in__text">
                <Text className="demo-sign-in__label">{user.label}</Text>
                {user.description && <Text className="demo-sign-in__description">{user.description}</Text>}
              </View>
              <Text className="demo-sign-in__go">{pending === user.openid ? '登录中' : '›'}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

/** "专家 · 陈静" → "陈". */
function avatarText(label: string): string {
  const name = label.split('·').pop()?.trim() ?? label;
  return name.slice(0, 1) || '?';
}
