import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { StationDetail, StationLastVisit } from '../../../../../types/actions';
import { QUIET_STATION_DAYS } from '../../../../../types/catalogue';
import { EmptyState } from '../../../../components/EmptyState';
import { PageShell } from '../../../../components/PageShell';
import { PersonCard } from '../../../../components/PersonCard';
import { QuotaProgressPanel } from '../../../../components/QuotaProgressCard';
import { SectionCard } from '../../../../components/SectionCard';
import { StationYearActivity } from '../../../../components/StationYearActivity';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { daysSince, formatDate } from '../../../../utils/dates';
import { recentYears } from '../../../../utils/years';
import { ExportButton } from '../../../../components/ExportButton';
import './index.scss';

/**
 * One station's year from a dashboard (`?stationId=&year=`): whom to call (the head) and when an
 * expert last served there, its figures, latest visits and waiting needs.
 */
export default function QuotaStationPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const year = Number(params.year) || recentYears(1)[0];
  const me = useWhoAmI();
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  const progress = useApiQuery('quotas.progress', { stationId, year }, { enabled: stationId !== '' });
  // The city exports any station's log; a society admin reaches only their own stations' drill-downs.
  const mayExport = me.data?.roles.some((role) => role.role === 'city_admin' || role.role === 'society_admin') ?? false;

  if (!stationId) {
    return (
      <PageShell>
        <EmptyState title="未指定工作站" description="请从任务完成情况列表进入。" glyph="站" />
      </PageShell>
    );
  }
  return (
    <PageShell className="quota-station">
      <View className="quota-station__head">
        <Text className="quota-station__name">{station.data?.name ?? ' '}</Text>
        {mayExport && <ExportButton action="quotas.exportVisits" data={{ stationId, year }} />}
      </View>
      {station.data && progress.data && (
        <SectionCard title="站长与近况">
          <StationContact station={station.data} lastVisit={progress.data.lastVisit} />
        </SectionCard>
      )}
      <View className="quota-station__progress">
        <QuotaProgressPanel progress={progress} />
      </View>
      <StationYearActivity stationId={stationId} year={year} />
    </PageShell>
  );
}

/**
 * The head (tap the number to call) and the latest confirmed visit of any year, marked when it is
 * more than `QUIET_STATION_DAYS` old, or when a station that old has never been served.
 */
function StationContact({ station, lastVisit }: { station: StationDetail; lastVisit: StationLastVisit | null }) {
  const quietDays = daysSince(lastVisit?.at ?? station.createdAt);
  const quiet = quietDays > QUIET_STATION_DAYS;
  return (
    <View className="quota-station__contact">
      {station.head ? (
        <PersonCard person={station.head} />
      ) : (
        <Text className="quota-station__no-head">暂未设站长，请联系建站学会。</Text>
      )}
      <View className={`quota-station__last${quiet ? ' quota-station__last--quiet' : ''}`}>
        <Text className="quota-station__last-label">最近一次服务</Text>
        <Text className="quota-station__last-value">
          {lastVisit ? `${formatDate(lastVisit.at)} · ${lastVisit.expertName}` : '暂无服务记录'}
        </Text>
        {quiet && (
          <Text className="quota-station__last-note">
            {lastVisit ? `已 ${quietDays} 天没有专家到站服务` : `建站 ${quietDays} 天，尚无专家到站服务`}
          </Text>
        )}
      </View>
    </View>
  );
}
