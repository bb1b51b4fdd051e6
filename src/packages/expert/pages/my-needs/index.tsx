import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { NeedList } from '../../../../components/NeedList';
import { PageShell } from '../../../../components/PageShell';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { askToSubscribe, type SubscribeOutcome } from '../../../../services/subscriptions';
import './index.scss';

const SUBSCRIBE_TOASTS: Record<SubscribeOutcome, string> = {
  accepted: '已开启，下次指派任务时会通知您',
  declined: '未开启通知，可随时再点此开启',
  unavailable: '当前环境不支持微信服务通知',
};

/** The needs a station has assigned to the caller, at every station, newest first. */
export default function MyNeedsPage() {
  const me = useWhoAmI();
  const needs = usePagedList('needs.list', { assignedToMe: true }, { keyOf: (need) => need.id });
  useRefetchOnShow(needs.refetch);
  useReachBottom(() => needs.loadMore());
  usePullDownRefresh(() => {
    needs.refetch();
    void Taro.stopPullDownRefresh();
  });

  const subscribe = async () => {
    const outcome = await askToSubscribe(me.data?.subscribeTemplates, ['need_assigned']);
    void Taro.showToast({ title: SUBSCRIBE_TOASTS[outcome], icon: 'none' });
  };

  return (
    <PageShell className="my-needs">
      <View className="my-needs__subscribe">
        <Text className="my-needs__lead">站长指派新需求给您时，可通过微信服务通知提醒您（每开启一次可收到一条）。</Text>
        <Button size="small" fill="outline" type="primary" onClick={() => void subscribe()}>
          接收新任务通知
        </Button>
      </View>
      <View className="my-needs__items">
        <NeedList
          needs={needs}
          showStation
          empty={{ title: '暂无指派给您的需求', description: '工作站受理需求并指派您后，会出现在这里。', glyph: '任' }}
        />
      </View>
    </PageShell>
  );
}
