import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ActionName, ActionRequest, ActionResponse } from '../../types/actions';
import { callApi } from '../services/api';
import { createQueryStore, type QueryState, type QueryStore } from '../utils/queryStore';

export interface ApiQueryState<T> extends QueryState<T> {
  /** Resolves once the answer has arrived (success or failure). */
  refetch: () => Promise<void>;
  /** Replaces the data after a write answered with the new record. */
  replace: (data: T) => void;
}

/** A read action, loaded when `enabled` and whenever its request changes. */
export function useApiQuery<A extends ActionName>(
  action: A,
  request: ActionRequest<A>,
  { enabled = true }: { enabled?: boolean } = {},
): ApiQueryState<ActionResponse<A>> {
  const [query] = useState(() => createQueryStore<ActionResponse<A>>({ loading: enabled }));
  const state = useQueryState(query);
  // The request by value: a new object literal each render must not reload.
  const key = JSON.stringify(request);

  const refetch = useCallback(
    () => query.load(() => callApi(action, JSON.parse(key) as ActionRequest<A>)),
    [query, action, key],
  );

  useEffect(() => {
    if (enabled) void refetch();
  }, [enabled, refetch]);

  return { ...state, refetch, replace: query.replace };
}

/** The state of a query store, re-rendering on each change. */
export function useQueryState<T>(query: QueryStore<T>): QueryState<T> {
  return useSyncExternalStore(query.subscribe, query.getState);
}
