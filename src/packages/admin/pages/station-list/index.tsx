import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { ErrorState } from '../../../../components/ErrorState';
import { LoadingState } from '../../../../components/LoadingState';
import { PageShell } from '../../../../components/PageShell';
import { StationList } from '../../../../components/StationList';
import { useSessionGuard } from '../../../../hooks/useSessionGuard';
import { useStations } from '../../../../hooks/useStations';
import './index.scss';

/** Every station the caller may see (all of them for the city admin), page by page. */
export default function StationListPage() {
  const stations = useStations({ pageSize: 20 });
  const redirecting = useSessionGuard({ error: stations.error, data: null });

  useReachBottom(() => stations.loadMore());
  usePullDownRefresh(() => {
    stations.refetch();
    void Taro.stopPullDownRefresh();
  });

  if (redirecting) return <PageShell />;
  return (
    <PageShell>
      <View className="station-list-page__summary">
        <Text className="station-list-page__count">{stations.loading ? '…' : stations.total}</Text>
        <Text className="station-list-page__unit">个工作站</Text>
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
