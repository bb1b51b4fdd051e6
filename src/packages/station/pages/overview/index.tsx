import { Text, View } from '@tarojs/components';
import type { RoleView, StationSummary } from '../../../../../types/actions';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { QuotaGap } from '../../../../components/QuotaGap';
import { QuotaProgressCard, QuotaProgressPanel } from '../../../../components/QuotaProgressCard';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StationCard } from '../../../../components/StationCard';
import { SubscribePrompt } from '../../../../components/SubscribePrompt';
import { StationYearActivity } from '../../../../components/StationYearActivity';
import { EmptyState } from '../../../../components/EmptyState';
import { ExportButton } from '../../../../components/ExportButton';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useRefetchOnShow } from '../../../../hooks/useRefetchOnShow';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { stationsForRole } from '../../../../utils/roleStations';
import { closingYear, recentYears } from '../../../../utils/years';
import { LEVEL_QUOTAS } from '../../../../../types/catalogue';
import { QUOTA_FIGURE_VIEW } from '../../../../constants/quotas';
import './index.scss';

const STAFF_ROLES = new Set(['station_head', 'station_staff']);
/**
 * 年度任务进度, for a station head or staff member: per station, what it still needs in one line
 * with the actions that close the gap, the year's quota, and how far it has got.
 */
export default function StationOverviewPage() {
  const whoami = useWhoAmI();
  const stations = useStations({ pageSize: 100 });
  // The 待受理 counts behind 受理待办需求; the page shows without them while they load.
  const todos = useApiQuery('stations.todos', {});
  // Back from accepting needs: the count behind 受理待办需求 has changed.
  useRefetchOnShow(() => void todos.refetch());
  const redirecting = useSessionGuard(whoami);

  if (redirecting) return <PageShell />;
  if (whoami.loading || stations.loading) {
    return (
      <PageShell>
        <LoadingState cards={2} />
      </PageShell>
    );
  }
  const failure = whoami.error ?? stations.error;
  if (failure || !whoami.data) {
    const retry = () => {
      whoami.refetch();
      stations.refetch();
    };
    return (
      <PageShell>
        <View className="overview__card">
          <ErrorState message={failure?.message ?? '未能获取您的身份'} onRetry={retry} />
        </View>
      </PageShell>
    );
  }

  const grants = whoami.data.roles.filter((view) => STAFF_ROLES.has(view.role));
  const mine = stationsForRole(stations.items, 'station_head', grants);
  if (mine.length === 0) {
    return (
      <PageShell>
        <View className="overview__card">
          <EmptyState title="暂无工作站" description="您不是任何工作站的站长或工作人员。" glyph="站" />
        </View>
      </PageShell>
    );
  }
  return (
    <PageShell>
      <SubscribePrompt
        templates={whoami.data.subscribeTemplates}
        kind="station_alert"
        lead="有新需求待受理、异地服务或补卡待审核、每月进度有风险或落后、专家移出名册时，可通过微信服务通知提醒您（每开启一次可收到一条）。"
        label="接收工作站提醒"
        accepted="已开启，工作站有新提醒时会通知您"
      />
      {mine.map((station) => (
        <StationQuota
          key={station.id}
          station={station}
          grants={grants}
          needsToAccept={
            todos.data?.stations.find((todo) => todo.stationId === station.id)?.desk?.needsToAccept.count ?? 0
          }
        />
      ))}
      <Text className="overview__footnote">
        年度按北京时间自然年计算；完成情况由已确认的服务记录自动统计，不可手工填报。
      </Text>
    </PageShell>
  );
}

function StationQuota({
  station,
  grants,
  needsToAccept,
}: {
  station: StationSummary;
  grants: readonly RoleView[];
  needsToAccept: number;
}) {
  const progress = useApiQuery('quotas.progress', { stationId: station.id });
  const isHead = grants.some((grant) => grant.role === 'station_head' && grant.stationId === station.id);
  const quota = LEVEL_QUOTAS[station.level];
  const rows = QUOTA_FIGURE_VIEW.filter(({ key }) => quota[key] > 0).map(({ key, label, unit }): [string, string] => [
    label,
    `不少于 ${quota[key]} ${unit}`,
  ]);
  const lastYear = closingYear();
  const [thisYear] = recentYears(1);
  return (
    <>
      <SectionCard title={station.name.length > 14 ? '本工作站' : station.name}>
        <StationCard station={station} />
        {progress.data && <QuotaGap progress={progress.data} needsToAccept={needsToAccept} canInvite={isHead} />}
        <View className="overview__quota">
          <View className="overview__quota-head">
            <Text className="overview__quota-title">年度任务要求</Text>
          </View>
          {rows.map(([label, value]) => (
            <View key={label} className="overview__row">
              <Text className="overview__label">{label}</Text>
              <Text className="overview__value">{value}</Text>
            </View>
          ))}
        </View>
        <View className="overview__progress">
          <QuotaProgressPanel progress={progress} />
        </View>
        {lastYear !== null && (
          <View className="overview__progress">
            <QuotaProgressCard stationId={station.id} year={lastYear} onlyWhileOpen />
          </View>
        )}
        <View className="overview__exports">
          <ExportButton
            action="reports.stationVisitLog"
            data={{ stationId: station.id, year: thisYear }}
            label={`导出${thisYear}年服务记录`}
          />
          <ExportButton action="reports.stationRoster" data={{ stationId: station.id }} label="导出名册" />
        </View>
      </SectionCard>
      <StationYearActivity stationId={station.id} year={thisYear} />
    </>
  );
}
