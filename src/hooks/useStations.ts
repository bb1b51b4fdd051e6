import type { StationFilter, StationSummary } from '../../types/actions';
import { usePagedList, type PagedListState } from './usePagedList';

export type StationsState = PagedListState<StationSummary>;

export interface StationsOptions {
  pageSize?: number;
  /** Skip loading until true (e.g. until the caller's roles are known). */
  enabled?: boolean;
  /** Narrows the list (the station list page's search and filters); none by default. */
  filter?: StationFilter;
}

const NO_FILTERS = {};
const stationKey = (station: StationSummary) => station.id;

/** The stations the caller may see (`stations.list`), one page at a time. */
export function useStations({
  pageSize = 20,
  enabled = true,
  filter = NO_FILTERS,
}: StationsOptions = {}): StationsState {
  return usePagedList('stations.list', filter, { pageSize, enabled, keyOf: stationKey });
}
