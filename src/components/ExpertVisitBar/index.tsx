import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import type { Instant } from '../../../types/domain';
import { ROUTES, withQuery } from '../../constants/routes';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useOutbox } from '../../hooks/useOutbox';
import { useElapsed } from '../ElapsedTimer';
import './index.scss';

/**
 * The top of the expert's home: the visit under way with its running time and 去签退 (also one
 * whose check-in is still kept on the phone), or else the 签到 button, which opens check-in with
 * the station in range and the likely need already chosen.
 */
export function ExpertVisitBar() {
  const current = useApiQuery('visits.current', {});
  const { entries } = useOutbox();
  // Back from checking in or out. (Not useRefetchOnShow: this mounts after the page's first show, once the roles are known.)
  useDidShow(() => {
    if (!current.loading) void current.refetch();
  });

  // Checked in without a network, and not yet out.
  const kept = entries.find(
    (entry) =>
      entry.action === 'visits.checkIn' &&
      !entry.refused &&
      !entries.some((later) => later.afterCheckIn === entry.requestId),
  );
  // Once the outbox has sent it, the server holds the visit.
  const keptId = kept?.requestId;
  const wasKept = useRef(keptId);
  const { refetch } = current;
  useEffect(() => {
    if (wasKept.current && !keptId) void refetch();
    wasKept.current = keptId;
  }, [keptId, refetch]);

  const open = current.data;
  if (open) {
    return (
      <OpenVisit
        since={open.checkInAt}
        station={open.stationName}
        detail={open.needTitle}
        url={withQuery(ROUTES.visitDetail, { visitId: open.id })}
      />
    );
  }
  if (kept) {
    return (
      <OpenVisit
        since={kept.data.at}
        station={kept.label.replace(/^签到 · /, '')}
        detail="签到保存在手机上，联网后自动发送"
        url={withQuery(ROUTES.visitDetail, { checkIn: kept.requestId })}
      />
    );
  }
  return (
    <View className="expert-visit-bar">
      <Button
        className="expert-visit-bar__check-in"
        type="primary"
        size="xlarge"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.checkIn })}
      >
        签到
      </Button>
      <Text className="expert-visit-bar__hint">到站后点这里：自动定位，选好所在的工作站和您的需求</Text>
    </View>
  );
}

function OpenVisit({ since, station, detail, url }: { since: Instant; station: string; detail: string; url: string }) {
  const elapsed = useElapsed(since);
  return (
    <View className="expert-visit-bar expert-visit-bar--open" onClick={() => void Taro.navigateTo({ url })}>
      <View className="expert-visit-bar__text">
        <Text className="expert-visit-bar__line">
          服务中 · <Text className="expert-visit-bar__time">{elapsed}</Text>
        </Text>
        <Text className="expert-visit-bar__station">{station}</Text>
        <Text className="expert-visit-bar__need">{detail}</Text>
      </View>
      {/* The tap reaches the banner's own. */}
      <Button className="expert-visit-bar__check-out" type="primary" size="normal">
        去签退
      </Button>
    </View>
  );
}
