import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ActionResponse } from '../../../../../types/actions';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import './index.scss';

type UnitCode = ActionResponse<'presence.unitCode'>;

/** The server's code changes every 30 seconds. */
const STEP_SECONDS = 30;

/**
 * The code a demand-unit contact reads out to the expert at their door (`?stationId=`): the
 * expert types it in when checking in, which shows the two were together. It follows the
 * server's 30-second steps and is fetched again as each one ends.
 */
export default function UnitCodePage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const { data, error, loading, refetch } = useApiQuery(
    'presence.unitCode',
    { stationId },
    { enabled: stationId !== '' },
  );
  const [shown, setShown] = useState(true);
  const [now, setNow] = useState(() => Date.now());
  const [deadline, setDeadline] = useState<{ of: UnitCode; at: number } | null>(null);

  // Counting against a deadline, not ticks, keeps the countdown right after the page was hidden.
  useEffect(() => {
    if (!data) return;
    const at = Date.now();
    setNow(at);
    setDeadline({ of: data, at: at + data.secondsLeft * 1000 });
  }, [data]);

  useEffect(() => {
    if (!shown || !data) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [shown, data]);

  // Until the deadline of a new answer is set, its own count stands (not the old, finished one).
  const left =
    deadline && deadline.of === data
      ? Math.min(STEP_SECONDS, Math.max(0, Math.ceil((deadline.at - now) / 1000)))
      : (data?.secondsLeft ?? 0);
  const expired = data !== null && left === 0;
  useEffect(() => {
    if (shown && expired && !loading && !error) refetch();
  }, [shown, expired, loading, error, refetch]);

  useDidShow(() => {
    setShown(true);
    setNow(Date.now());
    keepScreenOn(true);
  });
  useDidHide(() => {
    setShown(false);
    keepScreenOn(false);
  });
  // Leaving by the back button unloads the page without hiding it.
  useEffect(() => () => keepScreenOn(false), []);

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从工作站页面进入。" glyph="码" />
      </PageShell>
    );
  }
  if (error) {
    return (
      <PageShell>
        <ErrorState message={error.message} onRetry={refetch} />
      </PageShell>
    );
  }
  if (!data) return <LoadingState cards={1} />;

  return (
    <PageShell className="unit-code">
      <View className="unit-code__card">
        <Text className="unit-code__label">现场验证码</Text>
        <Text className={`unit-code__digits${expired ? ' unit-code__digits--stale' : ''}`}>
          {`${data.code.slice(0, 3)} ${data.code.slice(3)}`}
        </Text>
        <View className="unit-code__bar">
          <View className="unit-code__bar-fill" style={{ width: `${(left / STEP_SECONDS) * 100}%` }} />
        </View>
        <Text className="unit-code__countdown">{expired ? '正在更新…' : `${left} 秒后更新`}</Text>
      </View>
      <Text className="unit-code__lead">
        专家到场后，请将此验证码告诉专家，由专家在签到页输入，以证明专家确已到场。验证码每 30
        秒更新一次，请勿提前发给他人。
      </Text>
    </PageShell>
  );
}

function keepScreenOn(on: boolean): void {
  // Not every platform (H5 in particular) has this; the code still shows without it.
  try {
    Taro.setKeepScreenOn({ keepScreenOn: on }).catch(() => undefined);
  } catch {
    // Nothing to do: the screen simply follows the phone's own timeout.
  }
}
