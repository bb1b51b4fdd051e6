import { useEffect } from 'react';
import type { WhoAmI } from '../../types/actions';
import { callApi } from '../services/api';
import { createQueryStore, type QueryState } from '../utils/queryStore';
import { useQueryState } from './useApiQuery';

export interface WhoAmIState extends Pick<QueryState<WhoAmI>, 'loading' | 'error' | 'data'> {
  refetch: () => Promise<void>;
}

// One answer for the app's lifetime: every page reads who the caller is, and it changes only
// when they do something that changes it.
const whoami = createQueryStore<WhoAmI>({ loading: true });
const askWhoAmI = () => callApi('session.whoami', {});

/**
 * The caller's identity and roles (`session.whoami`): asked once per launch and shared by every
 * page, asked again on `refetch()` (a pull-down, a retry) or `refetchWhoAmI()`.
 */
export function useWhoAmI(): WhoAmIState {
  const { loading, error, data } = useQueryState(whoami);
  useEffect(() => {
    void whoami.ensure(askWhoAmI);
  }, []);
  return { loading, error, data, refetch: refetchWhoAmI };
}

/** After something that changes who the caller is: a role bound or switched, the profile saved. */
export function refetchWhoAmI(): Promise<void> {
  return whoami.load(askWhoAmI);
}

/** Another person signed in: the answer held is someone else's, so the next page asks afresh. */
export function forgetWhoAmI(): void {
  whoami.reset();
}
