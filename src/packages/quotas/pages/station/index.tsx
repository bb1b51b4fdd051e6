import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { EmptyState } from '../../../../components/EmptyState';
import { PageShell } from '../../../../components/PageShell';
import { QuotaProgressCard } from '../../../../components/QuotaProgressCard';
import { StationYearActivity } from '../../../../components/StationYearActivity';
import { useApiQuery } from '../../../../hooks/useApiQuery';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { recentYears } from '../../../../utils/years';
import { ExportButton } from '../../../../components/ExportButton';
import './index.scss';

/** One station's year from a dashboard (`?stationId=&year=`): its figures, latest visits and waiting needs. */
export default function QuotaStationPage() {
  const { params } = useRouter();
  const stationId = params.stationId ?? '';
  const year = Number(params.year) || recentYears(1)[0];
  const me = useWhoAmI();
  const station = useApiQuery('stations.get', { stationId }, { enabled: stationId !== '' });
  const isCity = me.data?.roles.some((role) => role.role === 'city_admin') ?? false;

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
        {isCity && <ExportButton visitsOf={{ stationId, year }} />}
      </View>
      <View className="quota-station__progress">
        <QuotaProgressCard stationId={stationId} year={year} />
      </View>
      <StationYearActivity stationId={stationId} year={year} />
    </PageShell>
  );
}
