import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { StationList } from '../../../../components/StationList';
import { ROUTES } from '../../../../constants/routes';
import { useListPage } from '../../../../hooks/useListPage';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import { useWhoAmI } from '../../../../hooks/useWhoAmI';
import { openStation } from '../../../../utils/navigation';
import './index.scss';

/** Every station the caller may see (all of them for the city admin), page by page. */
export default function StationListPage() {
  const stations = useStations({ pageSize: 20 });
  const whoami = useWhoAmI();
  const redirecting = useSessionGuard({ error: stations.error, data: null });
  const cityAdmin = whoami.data?.roles.some((view) => view.role === 'city_admin') ?? false;
  // Back from creating or editing a station.
  useListPage(stations);

  if (redirecting) return <PageShell />;
  return (
    <PageShell>
      <View className="station-list-page__summary">
        <Text className="station-list-page__count">{stations.loading ? '…' : stations.total}</Text>
        <Text className="station-list-page__unit">个工作站</Text>
        {cityAdmin && (
          <Button
            size="small"
            className="station-list-page__new"
            onClick={() => void Taro.navigateTo({ url: ROUTES.adminStationEdit })}
          >
            ＋ 新建工作站
          </Button>
        )}
      </View>
      {stations.loading ? (
        <LoadingState cards={3} />
      ) : stations.error && stations.items.length === 0 ? (
        <View className="station-list-page__body">
          <ErrorState message={stations.error.message} onRetry={stations.refetch} />
        </View>
      ) : (
        <View className="station-list-page__body">
          <StationList
            stations={stations.items}
            emptyDescription="尚无获认定的工作站。"
            hasMore={stations.hasMore}
            loadingMore={stations.loadingMore}
            onLoadMore={stations.loadMore}
            onSelect={(station) => openStation(station.id)}
          />
          {stations.error && <Text className="station-list-page__error">{stations.error.message}</Text>}
          {!stations.hasMore && stations.items.length > 0 && (
            <Text className="station-list-page__end">已显示全部工作站</Text>
          )}
        </View>
      )}
    </PageShell>
  );
}
