import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { VisitSummary } from '../../../types/actions';
import { ROUTES, withQuery } from '../../constants/routes';
import type { PagedListState } from '../../hooks/usePagedList';
import { EmptyState, type EmptyStateProps } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { VisitCard } from '../VisitCard';
import './index.scss';

export interface VisitListProps {
  visits: PagedListState<VisitSummary>;
  empty: Pick<EmptyStateProps, 'title' | 'description' | 'glyph'>;
  showExpert?: boolean;
  /** More load on a tap of 查看更多, not by scrolling: for a list that is not the page's last. */
  tapForMore?: boolean;
}

/** A paged list of visits under month headings (the quota month), with loading, error and empty states. */
export function VisitList({ visits, empty, showExpert = false, tapForMore = false }: VisitListProps) {
  if (visits.loading) return <LoadingState cards={3} inset={false} />;
  if (visits.error && visits.items.length === 0)
    return <ErrorState message={visits.error.message} onRetry={visits.refetch} />;
  if (visits.items.length === 0) return <EmptyState {...empty} />;
  return (
    <View>
      {byMonth(visits.items).map((group) => (
        <View key={group.key} className="visit-list__month">
          <Text className="visit-list__heading">
            {group.year}年{group.month}月 · {group.visits.length} 次
            {group.confirmed < group.visits.length ? `（已确认 ${group.confirmed} 次）` : ''}
          </Text>
          {group.visits.map((visit) => (
            <VisitCard
              key={visit.id}
              visit={visit}
              showExpert={showExpert}
              onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.visitDetail, { visitId: visit.id }) })}
            />
          ))}
        </View>
      ))}
      <Text className="visit-list__note" onClick={tapForMore && visits.hasMore ? visits.loadMore : undefined}>
        {visits.loadingMore
          ? '加载中…'
          : visits.hasMore
            ? tapForMore
              ? '查看更多 ›'
              : '上拉加载更多'
            : `共 ${visits.total} 条，没有更多了`}
      </Text>
    </View>
  );
}

/** Newest first, as the server sends them; a month's heading counts the visits loaded so far. */
function byMonth(visits: readonly VisitSummary[]) {
  const groups: { key: string; year: number; month: number; visits: VisitSummary[]; confirmed: number }[] = [];
  for (const visit of visits) {
    const key = `${visit.year}-${visit.month}`;
    let group = groups.find((candidate) => candidate.key === key);
    if (!group) {
      group = { key, year: visit.year, month: visit.month, visits: [], confirmed: 0 };
      groups.push(group);
    }
    group.visits.push(visit);
    if (visit.status === 'confirmed') group.confirmed += 1;
  }
  return groups;
}
