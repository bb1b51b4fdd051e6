import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Instant } from '../../../types/domain';
import './index.scss';

/** 已服务 `H:MM:SS` since `since`, ticking each second: how long the visit has been going (on the blue page hero). */
export function ElapsedTimer({ since }: { since: Instant }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    <View className="elapsed-timer">
      <Text className="elapsed-timer__label">已服务</Text>
      <Text className="elapsed-timer__time">
        {Math.floor(seconds / 3600)}:{pad(Math.floor(seconds / 60) % 60)}:{pad(seconds % 60)}
      </Text>
    </View>
  );
}
