import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Instant } from '../../../types/domain';
import './index.scss';

/**
 * `H:MM:SS` from `since` to `until`, or to now, ticking each second while there is no end: how
 * long a visit has been going, and where it stopped once its check-out is recorded (even kept on the phone).
 */
export function useElapsed(since: Instant, until?: Instant): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  const end = until ? Date.parse(until) : now;
  const seconds = Math.max(0, Math.floor((end - Date.parse(since)) / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** 已服务 `H:MM:SS` since `since`, ticking each second until `until` (on the blue page hero). */
export function ElapsedTimer({ since, until }: { since: Instant; until?: Instant }) {
  const elapsed = useElapsed(since, until);
  return (
    <View className={`elapsed-timer${until ? ' elapsed-timer--stopped' : ''}`}>
      <Text className="elapsed-timer__label">{until ? '服务时长' : '已服务'}</Text>
      <Text className="elapsed-timer__time">{elapsed}</Text>
    </View>
  );
}
