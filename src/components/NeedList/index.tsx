import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { NeedSummary } from '../../../types/actions';
import { ROUTES, withQuery } from '../../constants/routes';
import type { PagedListState } from '../../hooks/usePagedList';
import { EmptyState, type EmptyStateProps } from '../EmptyState';
import { ErrorState } from '../ErrorState';
import { LoadingState } from '../LoadingState';
import { NeedCard } from '../NeedCard';
import './index.scss';

export interface NeedListProps {
  needs: PagedListState<NeedSummary>;
  empty: Pick<EmptyStateProps, 'title' | 'description' | 'glyph'>;
  /** Name each need's station (a list across stations). */
  showStation?: boolean;
  /** More load on a tap of 查看更多, not by scrolling: for a list that is not the page's last. */
  tapForMore?: boolean;
  /** A step offered on a need's card, if any. */
  actionFor?: (need: NeedSummary) => ReactNode;
}

/** A paged list of needs with its loading, error and empty states; a need opens its page. */
export function NeedList({ needs, empty, showStation = false, tapForMore = false, actionFor }: NeedListProps) {
  if (needs.loading) return <LoadingState cards={3} inset={false} />;
  if (needs.error && needs.items.length === 0)
    return <ErrorState message={needs.error.message} onRetry={needs.refetch} />;
  if (needs.items.length === 0) return <EmptyState {...empty} />;
  return (
    <View>
      <Text className="need-list-items__note">共 {needs.total} 条</Text>
      {needs.items.map((need) => (
        <NeedCard
          key={need.id}
          need={need}
          showStation={showStation}
          action={actionFor?.(need)}
          onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.needDetail, { needId: need.id }) })}
        />
      ))}
      <Text
        className="need-list-items__note need-list-items__note--end"
        onClick={tapForMore && needs.hasMore ? needs.loadMore : undefined}
      >
        {needs.loadingMore ? '加载中…' : needs.hasMore ? (tapForMore ? '查看更多 ›' : '上拉加载更多') : '没有更多了'}
      </Text>
    </View>
  );
}
