import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorState } from '../../../../components/ErrorState';
import { FeatureEntry } from '../../../../components/FeatureEntry';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { SectionCard } from '../../../../components/SectionCard';
import { StationList } from '../../../../components/StationList';
import { ROUTES } from '../../../../constants/routes';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { stationsForRole } from '../../../../utils/roleStations';
import { HOME_PROVINCE, LEVEL_QUOTAS } from '../../../../../types/catalogue';
import './index.scss';

/** The stations on whose expert roster the caller is, and how their service is counted. */
export default function MyStationsPage() {
  const whoami = useWhoAmI();
  const stations = useStations({ pageSize: 100 });
  const redirecting = useSessionGuard(whoami);

  if (redirecting) return <PageShell />;
  if (whoami.loading || stations.loading) {
    return (
      <PageShell>
        <LoadingState cards={3} />
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
        <View className="my-stations__card">
          <ErrorState message={failure?.message ?? '未能获取您的身份'} onRetry={retry} />
        </View>
      </PageShell>
    );
  }

  const grants = whoami.data.roles.filter((view) => view.role === 'expert');
  const mine = stationsForRole(stations.items, 'expert', grants);
  return (
    <PageShell>
      <View className="my-stations__note">
        <Text>
          {whoami.data.outOfProvince
            ? `您的工作单位在${HOME_PROVINCE}外：每次经确认的服务，计入所服务工作站的「省外专家」人数（国家级工作站每年不少于 ${LEVEL_QUOTAS.national.outOfProvinceExperts} 人）。`
            : '每次经确认的服务（在工作站范围内签到，或经站长审批）计入所服务工作站的年度专家人数。'}
        </Text>
      </View>
      <SectionCard title="所在工作站" extra={<Text>共 {mine.length} 个</Text>}>
        <StationList stations={mine} emptyDescription="您尚未加入任何工作站的专家名单，请联系工作站站长。" />
      </SectionCard>
      <SectionCard title="服务">
        <FeatureEntry
          glyph="签"
          title="到站签到 / 签退"
          description="在工作站范围内定位签到，记录服务时长"
          onClick={() => void Taro.navigateTo({ url: ROUTES.checkIn })}
        />
      </SectionCard>
    </PageShell>
  );
}
