import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { ROUTES, withQuery } from '../../constants/routes';
import { useOutbox } from '../../hooks/useOutbox';
import { formatDateTime } from '../../utils/dates';
import { hoursWaiting } from '../../utils/outboxQueue';
import { SectionCard } from '../SectionCard';
import './index.scss';

/** The server's limit for an entry kept on the phone (cloudfunctions/api/src/domain/visit.ts). */
const MAX_LATE_HOURS = 72;

/** Check-ins and check-outs kept on the phone: waiting to send, or refused by the server and shown until read. */
export function OutboxPanel({ onSent }: { onSent?: () => void }) {
  const outbox = useOutbox();
  const waiting = outbox.entries.filter((entry) => !entry.refused).length;
  const before = useRef(waiting);
  // Sent in the background (the network came back): the list behind this panel is out of date.
  useEffect(() => {
    if (waiting < before.current) onSent?.();
    before.current = waiting;
  }, [waiting, onSent]);
  if (outbox.entries.length === 0) return null;

  const sendNow = async () => {
    const summary = await outbox.flush();
    void Taro.showToast({
      title: summary.kept > 0 ? '网络仍不可用，稍后自动重试' : `已发送 ${summary.sent} 条`,
      icon: 'none',
    });
  };

  const now = new Date();
  return (
    <SectionCard title={`手机上待发送（${outbox.entries.length}）`}>
      <View className="outbox-panel">
        {outbox.entries.map((entry) => {
          const hours = hoursWaiting(entry, now);
          return (
            <View
              key={entry.requestId}
              className={`outbox-panel__entry${entry.refused ? ' outbox-panel__entry--refused' : ''}`}
            >
              <Text className="outbox-panel__label">{entry.label}</Text>
              <Text className="outbox-panel__meta">
                记录于 {formatDateTime(entry.data.at)}
                {entry.localPhotos.length > 0 ? ` · ${entry.localPhotos.length} 张照片待上传` : ''}
              </Text>
              {entry.refused ? (
                <View className="outbox-panel__refused">
                  <Text className="outbox-panel__message">未被接受：{entry.refused.message}</Text>
                  <Text className="outbox-panel__dismiss" onClick={() => outbox.dismiss(entry.requestId)}>
                    知道了
                  </Text>
                </View>
              ) : (
                <View className="outbox-panel__row">
                  <Text className="outbox-panel__waiting">
                    {outbox.flushing ? '正在发送…' : '等待网络，恢复后自动发送'}
                    {hours > MAX_LATE_HOURS - 12 ? `（${MAX_LATE_HOURS} 小时内有效，请尽快联网）` : ''}
                  </Text>
                  {entry.action === 'visits.checkIn' &&
                    !outbox.entries.some((other) => other.afterCheckIn === entry.requestId) && (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() =>
                          void Taro.navigateTo({
                            url: withQuery(ROUTES.visitDetail, { checkIn: entry.requestId }),
                          })
                        }
                      >
                        签退
                      </Button>
                    )}
                </View>
              )}
            </View>
          );
        })}
        <Button size="small" fill="outline" type="primary" loading={outbox.flushing} onClick={() => void sendNow()}>
          立即发送
        </Button>
      </View>
    </SectionCard>
  );
}
