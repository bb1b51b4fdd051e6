import { useCallback, useEffect, useRef, useState } from 'react';
import type { WhoAmI } from '../../types/actions';
import type { ErrorCode } from '../../types/errors';
import { callApi } from '../services/api';

export interface ApiFailure {
  code: ErrorCode;
  message: string;
}

export interface WhoAmIState {
  loading: boolean;
  error: ApiFailure | null;
  data: WhoAmI | null;
  refetch: () => void;
}

/** The caller's identity and roles (`session.whoami`), fetched on mount and on `refetch()`. */
export function useWhoAmI(): WhoAmIState {
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiFailure | null>(null);
  const [data, setData] = useState<WhoAmI | null>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    setError(null);
    const result = await callApi('session.whoami', {});
    if (call !== latest.current) return;
    if (result.ok) setData(result.data);
    else setError({ code: result.code, message: result.message });
    setLoading(false);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const refetch = useCallback(() => void load(), [load]);
  return { loading, error, data, refetch };
}
