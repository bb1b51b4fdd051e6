import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionName, ActionRequest, ActionResponse } from '../../types/actions';
import { callApi } from '../services/api';
import type { ApiFailure } from './useWhoAmI';

export interface ApiQueryState<T> {
  /** True while a load (the first or a refetch) is under way. */
  loading: boolean;
  error: ApiFailure | null;
  /** The last successful answer (kept during a refetch). */
  data: T | null;
  /** True once a first answer (success or failure) has arrived. */
  settled: boolean;
  refetch: () => void;
  /** Replaces the data after a write answered with the new record. */
  replace: (data: T) => void;
}

/** A read action, loaded when `enabled` and whenever its request changes. */
export function useApiQuery<A extends ActionName>(
  action: A,
  request: ActionRequest<A>,
  { enabled = true }: { enabled?: boolean } = {},
): ApiQueryState<ActionResponse<A>> {
  const [loading, setLoading] = useState(enabled);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [data, setData] = useState<ActionResponse<A> | null>(null);
  const [settled, setSettled] = useState(false);
  const latest = useRef(0);
  // The request by value: a new object literal each render must not reload.
  const key = JSON.stringify(request);

  const load = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    setError(null);
    const result = await callApi(action, JSON.parse(key) as ActionRequest<A>);
    if (call !== latest.current) return;
    if (result.ok) setData(result.data);
    else setError({ code: result.code, message: result.message });
    setLoading(false);
    setSettled(true);
  }, [action, key]);

  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);

  const refetch = useCallback(() => void load(), [load]);
  const replace = useCallback((next: ActionResponse<A>) => setData(next), []);
  return { loading, error, data, settled, refetch, replace };
}
