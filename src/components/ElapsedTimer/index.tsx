import { Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Instant } from '../../../types/domain';
import './index.scss';

/** `H:MM:SS` since `since`, ticking each second: how long the visit has been going. */
export function ElapsedTimer({ since }: { since: Instant }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    <Text className="elapsed-timer">
      {Math.floor(seconds / 3600)}:{pad(Math.floor(seconds / 60) % 60)}:{pad(seconds % 60)}
    </Text>
  );
}
