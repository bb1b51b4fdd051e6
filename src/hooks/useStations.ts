import { useCallback, useEffect, useRef, useState } from 'react';
import type { StationSummary } from '../../types/actions';
import { callApi } from '../services/api';
import type { ApiFailure } from './useWhoAmI';

export interface StationsState {
  /** Every station loaded so far, in the server's order. */
  items: StationSummary[];
  /** How many stations the caller may see in all. */
  total: number;
  /** True while the first page loads (or reloads). */
  loading: boolean;
  /** True while a further page loads. */
  loadingMore: boolean;
  hasMore: boolean;
  error: ApiFailure | null;
  loadMore: () => void;
  refetch: () => void;
}

export interface StationsOptions {
  pageSize?: number;
  /** Skip loading until true (e.g. until the caller's roles are known). */
  enabled?: boolean;
}

/** The stations the caller may see (`stations.list`), one page at a time. */
export function useStations({ pageSize = 20, enabled = true }: StationsOptions = {}): StationsState {
  const [items, setItems] = useState<StationSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [loading, setLoading] = useState(enabled);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiFailure | null>(null);
  /** Guards against stale answers after a refetch and against two loads at once. */
  const generation = useRef(0);
  const busy = useRef(false);

  const fetchPage = useCallback(
    async (next: number) => {
      const current = next === 1 ? ++generation.current : generation.current;
      busy.current = true;
      if (next === 1) setLoading(true);
      else setLoadingMore(true);
      setError(null);
      const result = await callApi('stations.list', { page: next, pageSize });
      if (current !== generation.current) return;
      busy.current = false;
      setLoading(false);
      setLoadingMore(false);
      if (!result.ok) {
        setError({ code: result.code, message: result.message });
        return;
      }
      setItems((previous) => (next === 1 ? result.data.items : [...previous, ...result.data.items]));
      setTotal(result.data.total);
      setPage(next);
    },
    [pageSize],
  );

  useEffect(() => {
    if (enabled) void fetchPage(1);
  }, [enabled, fetchPage]);

  const hasMore = page > 0 && items.length < total;
  const loadMore = useCallback(() => {
    if (!busy.current && hasMore) void fetchPage(page + 1);
  }, [fetchPage, hasMore, page]);
  const refetch = useCallback(() => void fetchPage(1), [fetchPage]);

  return { items, total, loading, loadingMore, hasMore, error, loadMore, refetch };
}
