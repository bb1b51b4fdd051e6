import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import type { StationSummary } from '../../../types/actions';
import { EmptyState } from '../EmptyState';
import { StationCard } from '../StationCard';
import './index.scss';

export interface StationListProps {
  stations: readonly StationSummary[];
  /** What the empty list means for this reader. */
  emptyTitle?: string;
  emptyDescription?: string;
  hideSociety?: boolean;
  /** Paging: shows a 加载更多 button while more remain. */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
  /** Tapping a station; without it the cards are not tappable. */
  onSelect?: (station: StationSummary) => void;
}

export function StationList({
  stations,
  emptyTitle = '暂无工作站',
  emptyDescription,
  hideSociety,
  hasMore = false,
  loadingMore = false,
  onLoadMore,
  onSelect,
}: StationListProps) {
  if (stations.length === 0) return <EmptyState title={emptyTitle} description={emptyDescription} glyph="站" />;
  return (
    <View className="station-list">
      {stations.map((station) => (
        <StationCard
          key={station.id}
          station={station}
          hideSociety={hideSociety}
          onClick={onSelect ? () => onSelect(station) : undefined}
        />
      ))}
      {hasMore && onLoadMore && (
        <View className="station-list__more">
          <Button fill="outline" type="primary" size="small" loading={loadingMore} onClick={onLoadMore}>
            {loadingMore ? '加载中' : '加载更多'}
          </Button>
        </View>
      )}
    </View>
  );
}
