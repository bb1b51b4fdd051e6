import type { Page, StationSummary } from '../../../../types/actions';
import type { Station } from '../../../../types/domain';
import { stationScope } from '../domain/access';
import { MAX_PAGE_SIZE, pageWindow } from '../domain/paging';
import { pageStations } from '../store/stations';
import { integer, object, optional } from '../validate';
import type { ActionDefinition } from './types';

export const listStations: ActionDefinition<'stations.list'> = {
  parse: object({ page: optional(integer(1, 10_000)), pageSize: optional(integer(1, MAX_PAGE_SIZE)) }),
  async handle(input, caller): Promise<Page<StationSummary>> {
    const window = pageWindow(input.page, input.pageSize);
    const { stations, total } = await pageStations(stationScope(await caller.grants()), window);
    return { items: stations.map(stationSummary), page: window.page, pageSize: window.pageSize, total };
  },
};

function stationSummary(station: Station): StationSummary {
  return {
    id: station._id,
    name: station.name,
    societyId: station.societyId,
    societyName: station.societyName,
    level: station.level,
    industry: station.industry,
    demandUnitName: station.demandUnit.name,
    status: station.status,
  };
}
