import type { StationSummary } from '../../types/actions';
import { usePagedList, type PagedListState } from './usePagedList';

export type StationsState = PagedListState<StationSummary>;

export interface StationsOptions {
  pageSize?: number;
  /** Skip loading until true (e.g. until the caller's roles are known). */
  enabled?: boolean;
}

const NO_FILTERS = {};
const stationKey = (station: StationSummary) => station.id;

/** The stations the caller may see (`stations.list`), one page at a time. */
export function useStations({ pageSize = 20, enabled = true }: StationsOptions = {}): StationsState {
  return usePagedList('stations.list', NO_FILTERS, { pageSize, enabled, keyOf: stationKey });
}
