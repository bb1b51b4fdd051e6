import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { PagedListState } from './usePagedList';
import { useRefetchOnShow } from './useRefetchOnShow';

/**
 * A pull-down reloads; the indicator stays until the answers are in (success or failure), so
 * what the person sees when it stops is what they pulled for.
 */
export function usePullDownRefetch(refetch: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void refetch().finally(() => void Taro.stopPullDownRefresh());
  });
}

export interface ListPageOptions {
  /** Reload when the page is shown again; off where no page reached from it changes the list. */
  refetchOnShow?: boolean;
  /** What a pull-down reloads when the page shows more than the list. */
  pullDown?: () => Promise<unknown>;
}

/** A page of one paged list: pull down to reload, reach the bottom for the next page, reload on coming back. */
export function useListPage(
  list: Pick<PagedListState<unknown>, 'refetch' | 'loadMore'>,
  { refetchOnShow = true, pullDown = list.refetch }: ListPageOptions = {},
): void {
  usePullDownRefetch(pullDown);
  useReachBottom(() => list.loadMore());
  useRefetchOnShow(() => {
    if (refetchOnShow) void list.refetch();
  });
}
