import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionName, ActionRequest, ActionResponse, Page } from '../../types/actions';
import { callApi } from '../services/api';
import type { ApiFailure } from '../utils/queryStore';

/** The actions that answer one page of a list. */
type PagedAction = {
  [A in ActionName]: ActionResponse<A> extends Page<unknown> ? A : never;
}[ActionName];

type ItemOf<A extends PagedAction> = ActionResponse<A> extends Page<infer T> ? T : never;

export interface PagedListState<T, R = Page<T>> {
  items: T[];
  total: number;
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: ApiFailure | null;
  /** The first page's whole answer: what a list action says besides its items (a dashboard's counts). */
  first: R | null;
  loadMore: () => void;
  /** Reloads the first page; resolves once its answer has arrived (success or failure). */
  refetch: () => Promise<void>;
  /** Puts a record just created at the top. */
  prepend: (item: T) => void;
  /** Replaces the item with the same key by a record just written. */
  replace: (item: T) => void;
}

export interface PagedListOptions<T> {
  pageSize?: number;
  enabled?: boolean;
  /** What identifies an item, for `replace`. */
  keyOf: (item: T) => string;
}

/** A paged list action (`societies.list`, `invitations.list`), one page at a time. */
export function usePagedList<A extends PagedAction>(
  action: A,
  filters: Omit<ActionRequest<A>, 'page' | 'pageSize'>,
  { pageSize = 20, enabled = true, keyOf }: PagedListOptions<ItemOf<A>>,
): PagedListState<ItemOf<A>, ActionResponse<A>> {
  const [items, setItems] = useState<ItemOf<A>[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(enabled);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [first, setFirst] = useState<ActionResponse<A> | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  const key = JSON.stringify(filters);
  const keyOfRef = useRef(keyOf);
  keyOfRef.current = keyOf;

  const fetchPage = useCallback(
    async (next: number) => {
      const current = next === 1 ? ++generation.current : generation.current;
      busy.current = true;
      if (next === 1) setLoading(true);
      else setLoadingMore(true);
      setError(null);
      const request = { ...(JSON.parse(key) as object), page: next, pageSize } as ActionRequest<A>;
      const result = await callApi(action, request);
      if (current !== generation.current) return;
      busy.current = false;
      setLoading(false);
      setLoadingMore(false);
      if (!result.ok) {
        setError({ code: result.code, message: result.message });
        return;
      }
      const answer = result.data as Page<ItemOf<A>>;
      if (next === 1) setFirst(result.data as ActionResponse<A>);
      setItems((previous) => (next === 1 ? answer.items : [...previous, ...answer.items]));
      setTotal(answer.total);
      setPage(next);
    },
    [action, key, pageSize],
  );

  useEffect(() => {
    if (enabled) void fetchPage(1);
  }, [enabled, fetchPage]);

  const hasMore = page > 0 && items.length < total;
  const loadMore = useCallback(() => {
    if (!busy.current && hasMore) void fetchPage(page + 1);
  }, [fetchPage, hasMore, page]);
  const refetch = useCallback(() => fetchPage(1), [fetchPage]);
  const prepend = useCallback((item: ItemOf<A>) => {
    setItems((previous) => [item, ...previous]);
    setTotal((previous) => previous + 1);
  }, []);
  const replace = useCallback((item: ItemOf<A>) => {
    const id = keyOfRef.current(item);
    setItems((previous) => previous.map((existing) => (keyOfRef.current(existing) === id ? item : existing)));
  }, []);

  return { items, total, loading, loadingMore, hasMore, error, first, loadMore, refetch, prepend, replace };
}
