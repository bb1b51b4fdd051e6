import type { ApiResult } from '../../types/actions';
import type { ErrorCode } from '../../types/errors';

export interface ApiFailure {
  code: ErrorCode;
  message: string;
}

export interface QueryState<T> {
  /** True while a load (the first or a refetch) is under way. */
  loading: boolean;
  error: ApiFailure | null;
  /** The last successful answer (kept during a refetch). */
  data: T | null;
  /** True once a first answer (success or failure) has arrived. */
  settled: boolean;
}

/**
 * A read's state and its loads, kept outside React so that one answer can serve every page that
 * asks (the caller's identity) as well as one page's own (useApiQuery).
 */
export interface QueryStore<T> {
  getState: () => QueryState<T>;
  subscribe: (listener: () => void) => () => void;
  /**
   * Asks again. Resolves once the answer shown is this load's or a later one's, success or
   * failure, so a pull-down indicator can stay until then.
   */
  load: (fetch: () => Promise<ApiResult<T>>) => Promise<void>;
  /** Loads unless an answer is held or on its way: a later page takes the one already asked for. */
  ensure: (fetch: () => Promise<ApiResult<T>>) => Promise<void>;
  /** Replaces the data after a write answered with the new record. */
  replace: (data: T) => void;
  /** Forgets the answer and drops any load under way (another person signed in). */
  reset: () => void;
}

/** `loading`: whether the state starts as loading, for a page that loads as soon as it mounts. */
export function createQueryStore<T>({ loading = false }: { loading?: boolean } = {}): QueryStore<T> {
  const initial: QueryState<T> = { loading, error: null, data: null, settled: false };
  let state = initial;
  const listeners = new Set<() => void>();
  let latest = 0;
  let pending: Promise<void> | null = null;

  const set = (next: Partial<QueryState<T>>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };

  const load = (fetch: () => Promise<ApiResult<T>>): Promise<void> => {
    const call = ++latest;
    set({ loading: true, error: null });
    const answered = fetch().then((result): Promise<void> | void => {
      // A later load (or a reset) superseded this one: wait for the answer that will be shown.
      if (call !== latest) return pending ?? undefined;
      pending = null;
      if (result.ok) set({ data: result.data, loading: false, settled: true });
      else set({ error: { code: result.code, message: result.message }, loading: false, settled: true });
    });
    pending = answered;
    return answered;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    load,
    ensure: (fetch) => pending ?? (state.data !== null ? Promise.resolve() : load(fetch)),
    replace: (data) => set({ data }),
    reset() {
      latest++;
      pending = null;
      set(initial);
    },
  };
}
