import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NeedSummary } from '../../../../../types/actions';
import { NeedList } from '../../../../components/NeedList';
import { PageShell } from '../../../../components/PageShell';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { ROUTES, withQuery } from '../../../../constants/routes';
import { useListPage } from '../../../../hooks/useListPage';
import { usePagedList } from '../../../../hooks/usePagedList';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import './index.scss';

/** A need the expert can check in for now (the server's servable statuses): 去签到 opens check-in with it chosen. */
function checkInFor(need: NeedSummary) {
  if (need.status !== 'accepted' && need.status !== 'in_service') return null;
  const open = () =>
    void Taro.navigateTo({ url: withQuery(ROUTES.checkIn, { stationId: need.stationId, needId: need.id }) });
  return (
    <Button size="small" type="primary" fill="outline" onClick={open}>
      去签到
    </Button>
  );
}

/** The needs a station has assigned to the caller, at every station, newest first; a servable one offers 去签到. */
export default function MyNeedsPage() {
  const me = useWhoAmI();
  const needs = usePagedList('needs.list', { assignedToMe: true }, { keyOf: (need) => need.id });
  useListPage(needs);

  return (
    <PageShell className="my-needs">
      <SubscribePrompt
        templates={me.data?.subscribeTemplates}
        kind="need_assigned"
        lead="站长指派新需求给您时，可通过微信服务通知提醒您（每开启一次可收到一条）。"
        label="接收新任务通知"
        accepted="已开启，下次指派任务时会通知您"
      />
      <View className="my-needs__items">
        <NeedList
          needs={needs}
          showStation
          actionFor={checkInFor}
          empty={{ title: '暂无指派给您的需求', description: '工作站受理需求并指派您后，会出现在这里。', glyph: '任' }}
        />
      </View>
    </PageShell>
  );
}
